import { describe, expect, it } from 'vitest';
import { secretKind, SecretShapes } from 'ovenjs/knowledge';

// A made-up token: the first segment is base64 of a snowflake-shaped id, the rest is filler.
const token = `${btoa('123456789012345678').replace(/=+$/, '')}.GaBcDe.${'a1B2c3D4e5'.repeat(3)}x`;

describe('SecretShapes', () => {
	it('links every shape to the Discord documentation', () => {
		for (const [name, shape] of Object.entries(SecretShapes))
			expect(shape.doc, name).toMatch(/^https:\/\/discord\.com\/developers\/docs\//);
	});

	it('recognises bot tokens and webhook URLs but not look-alikes', () => {
		expect(secretKind(token)).toBe('bot token');
		expect(secretKind(`Bot ${token}`)).toBe('bot token');
		expect(secretKind('https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz')).toBe('webhook URL');
		expect(secretKind('https://canary.discordapp.com/api/v10/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz')).toBe('webhook URL');
		expect(secretKind('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcdefghijklmnopqrstuvwxyz0123')).toBeUndefined();
		expect(secretKind('process.env.TOKEN')).toBeUndefined();
		expect(secretKind('https://discord.com/api/webhooks/123456789012345678')).toBeUndefined();
	});
});
