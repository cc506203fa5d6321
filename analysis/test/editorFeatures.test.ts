import { describe, expect, it } from 'vitest';
import { completionsAt, hoverAt, type EditorCompletions } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

/** The completions at the `|` marker (removed from the text), with `others` as the rest of the project. */
function completeAt(marked: string, others: Record<string, string> = {}): EditorCompletions | undefined {
	const file = parse(marked.replace('|', ''));
	const project = [file, ...Object.entries(others).map(([name, text]) => ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true))];
	return completionsAt(ts, file, marked.indexOf('|'), { projectFiles: () => project });
}

const BOT = `import { Client, GatewayIntentBits } from 'discord.js';
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
`;

describe('completionsAt', () => {
	it("offers discord.js events on a client's listener, demoting those the intents never deliver", () => {
		const answer = completeAt(`${BOT}client.on('|');`);
		expect(answer?.kind).toBe('event');
		expect(answer?.whenHostKnows).toBe('annotate');
		const byName = new Map(answer?.items.map((item) => [item.name, item]));
		expect(byName.get('interactionCreate')).toEqual({ name: 'interactionCreate', demoted: false });
		expect(byName.get('guildMemberAdd')).toEqual({ name: 'guildMemberAdd', detail: 'needs intent GuildMembers', demoted: true });
		// The replaced span is the string's content.
		expect(answer?.start).toBe(`${BOT}client.on('`.length);
		expect(answer?.length).toBe(0);
	});

	it('offers no Discord events on a chokidar watcher, a socket or an emitter of the bot', () => {
		expect(completeAt(`import chokidar from 'chokidar';\nconst watcher = chokidar.watch('.');\nwatcher?.on('|');`)).toBeUndefined();
		expect(completeAt(`${BOT}const socket = new WebSocket('ws://x');\nsocket.on('|');`)).toBeUndefined();
		expect(completeAt(`${BOT}emitter.on('|');`)).toBeUndefined();
	});

	it('offers custom_ids the other files produce, with their kind and file', () => {
		const components = `new ButtonBuilder().setCustomId('ticket:close').setLabel('Close');`;
		const answer = completeAt(`if (interaction.customId === '|') {}`, { 'components.ts': components });
		expect(answer).toMatchObject({ kind: 'customId', whenHostKnows: 'extend', style: 'string' });
		expect(answer?.items).toEqual([{ name: 'ticket:close', detail: 'button · components.ts', demoted: false }]);
	});

	it('offers permission names as members and in strings', () => {
		const member = completeAt('PermissionFlagsBits.Ba|');
		expect(member).toMatchObject({ kind: 'permission', style: 'member', start: 'PermissionFlagsBits.'.length, length: 2 });
		expect(member?.items.map((item) => item.name)).toContain('BanMembers');
		expect(completeAt("if (member.permissions.has('|')) {}")?.style).toBe('string');
	});

	it('says nothing elsewhere', () => {
		expect(completeAt(`const name = '|';`)).toBeUndefined();
	});
});

describe('hoverAt', () => {
	it('covers snowflakes, intents, events and permissions with the span of what is hovered', () => {
		const text = `${BOT}client.on('guildMemberAdd', () => {});\nconst owner = '175928847299117063';\nPermissionFlagsBits.BanMembers;`;
		const file = parse(text);
		const at = (needle: string, delta = 1): ReturnType<typeof hoverAt> => hoverAt(ts, file, text.indexOf(needle) + delta);
		const event = at(`'guildMemberAdd'`);
		expect(event?.title).toBe('(gateway event) guildMemberAdd ← GUILD_MEMBER_ADD');
		expect(event?.documentation).toContain('The client in this file has none of them: this listener never fires.');
		expect(text.slice(event?.start, event?.end)).toBe(`'guildMemberAdd'`);
		expect(at('175928847299117063')?.title).toBe('(snowflake) 175928847299117063');
		expect(at('Guilds]', 2)?.title).toBe('(gateway intent) Guilds = 1 << 0');
		const permission = at('BanMembers;');
		expect(permission?.title).toBe('(permission) BanMembers = 1 << 2 — elevated (2FA)');
		expect(text.slice(permission?.start, permission?.end)).toBe('BanMembers');
		expect(at('const owner', 2)).toBeUndefined();
	});
});
