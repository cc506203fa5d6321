import { GatewayDispatchEvents, GatewayIntentBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
	ALL_INTENTS,
	EventIntents,
	GatewayIntents,
	type GatewayIntentName,
	PRIVILEGED_INTENTS,
	eventAllowed,
	intentBits,
	intentsForEvent,
	INTENT_FREE_EVENTS,
	PrivilegedIntentNote,
} from 'ovenjs/knowledge';

describe('GatewayIntents', () => {
	it('matches discord-api-types for every intent', () => {
		for (const [name, info] of Object.entries(GatewayIntents)) {
			expect(GatewayIntentBits[name as keyof typeof GatewayIntentBits], name).toBe(info.bit);
		}
	});

	it('covers every non-deprecated intent bit of discord-api-types', () => {
		const theirs = new Set(Object.values(GatewayIntentBits).filter((v): v is number => typeof v === 'number'));
		const ours = new Set(Object.values(GatewayIntents).map((i) => i.bit));
		expect([...theirs].sort()).toEqual([...ours].sort());
	});

	it('marks exactly members, presences and message content as privileged', () => {
		expect(PRIVILEGED_INTENTS).toBe(GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent);
	});

	it('has a doc link and a description on every entry', () => {
		for (const info of Object.values(GatewayIntents)) {
			expect(info.doc).toMatch(/^https:\/\/discord\.com\/developers\/docs\//);
			expect(info.description.length).toBeGreaterThan(0);
		}
	});

	it('computes bitfields', () => {
		expect(intentBits(['Guilds', 'GuildMessages'])).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
		expect(intentBits([])).toBe(0);
		expect(ALL_INTENTS & ~intentBits(Object.keys(GatewayIntents) as GatewayIntentName[])).toBe(0);
	});
});

describe('EventIntents', () => {
	it('names only real dispatch events', () => {
		const events = new Set<string>(Object.values(GatewayDispatchEvents));
		for (const event of Object.keys(EventIntents)) expect(events.has(event), event).toBe(true);
	});

	it('splits message events between guilds and DMs', () => {
		expect(intentsForEvent('MESSAGE_CREATE', 'guild')).toEqual(['GuildMessages']);
		expect(intentsForEvent('MESSAGE_CREATE', 'dm')).toEqual(['DirectMessages']);
		expect(intentsForEvent('TYPING_START', 'dm')).toEqual(['DirectMessageTyping']);
		expect(intentsForEvent('CHANNEL_PINS_UPDATE', 'guild')).toEqual(['Guilds']);
	});

	it('says events outside any intent are always sent', () => {
		expect(intentsForEvent('INTERACTION_CREATE', 'guild')).toEqual([]);
		expect(eventAllowed('INTERACTION_CREATE', 'guild', 0)).toBe(true);
		expect(eventAllowed('READY', 'dm', 0)).toBe(true);
	});

	it('filters by intents', () => {
		expect(eventAllowed('MESSAGE_CREATE', 'guild', GatewayIntentBits.Guilds)).toBe(false);
		expect(eventAllowed('MESSAGE_CREATE', 'guild', GatewayIntentBits.GuildMessages)).toBe(true);
		expect(eventAllowed('MESSAGE_CREATE', 'dm', GatewayIntentBits.GuildMessages)).toBe(false);
		expect(eventAllowed('PRESENCE_UPDATE', 'guild', GatewayIntentBits.GuildPresences)).toBe(true);
	});
});

describe('INTENT_FREE_EVENTS', () => {
	it('is every listed event with empty guild and DM lists', () => {
		expect(INTENT_FREE_EVENTS).toEqual(
			expect.arrayContaining(['READY', 'RESUMED', 'INTERACTION_CREATE', 'USER_UPDATE', 'ENTITLEMENT_CREATE']),
		);
		for (const event of INTENT_FREE_EVENTS) {
			expect(intentsForEvent(event, 'guild'), event).toEqual([]);
			expect(intentsForEvent(event, 'dm'), event).toEqual([]);
			expect(eventAllowed(event, 'guild', 0), event).toBe(true);
		}
		expect(INTENT_FREE_EVENTS).not.toContain('MESSAGE_CREATE');
		expect(INTENT_FREE_EVENTS).not.toContain('PRESENCE_UPDATE');
	});
});

describe('PrivilegedIntentNote', () => {
	it('says where to enable privileged intents, with the doc', () => {
		expect(PrivilegedIntentNote.text).toContain('developer portal');
		expect(PrivilegedIntentNote.doc).toBe('https://discord.com/developers/docs/events/gateway#privileged-intents');
	});
});
