import { ActivityType, ChannelType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ActivityTypes, ChannelTypes } from 'ovenjs/knowledge';

// discord-api-types' deprecated aliases of current names; knowledge keeps one name per type.
const ALIASES: ReadonlySet<string> = new Set(['GuildNews', 'GuildNewsThread', 'GuildPublicThread', 'GuildPrivateThread']);

const names = (enumObject: object): string[] =>
	Object.keys(enumObject)
		.filter((key) => Number.isNaN(Number(key)) && !ALIASES.has(key))
		.sort();

describe('ChannelTypes and ActivityTypes', () => {
	it("match discord-api-types' enums, entry for entry", () => {
		for (const [name, type] of Object.entries(ChannelTypes)) expect(ChannelType[name as keyof typeof ChannelType], name).toBe(type);
		for (const [name, type] of Object.entries(ActivityTypes)) expect(ActivityType[name as keyof typeof ActivityType], name).toBe(type);
	});

	it('cover every member but the deprecated aliases', () => {
		expect(names(ChannelType)).toEqual(Object.keys(ChannelTypes).sort());
		expect(names(ActivityType)).toEqual(Object.keys(ActivityTypes).sort());
	});
});
