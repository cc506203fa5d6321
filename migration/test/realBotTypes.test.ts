import { describe, expect, it } from 'vitest';
import { migrateText } from './_migrateText.js';
import { typeCheck } from './_typeCheck.js';

/**
 * Patterns of real bots whose migrated code did not type-check against ovenjs (new `tsc` errors on
 * the corpus), each written anew: a rewrite is made only where OvenJS's member exists and means
 * the same; otherwise the line stays, with a todo that names the OvenJS call.
 */
describe('migrated code that type-checks', () => {
	it("reads a manager's cache through OvenJS's manager where it has the member, and marks it where it has not", async () => {
		const bot = `import type { Channel, Guild, GuildMember, Role } from 'discord.js';
export function check(member: GuildMember | null, guild: Guild, role: Role, channel: Channel): boolean {
	const cached = guild.channels.cache.get(channel.id);
	const here = guild.members.cache.has(role.id);
	return member?.roles.cache.has(role.id) === true && cached !== undefined && here && guild.client.guilds.cache.size > 1;
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain('const cached = guild.channels.get(channel.id);');
		expect(out.text).toContain(
			'return member?.roles.has(role.id) === true && cached !== undefined && here && guild.client.guilds.size > 1;',
		);
		// OvenJS's GuildMembers has no has(): the line stays, and the todo says what OvenJS writes.
		expect(out.text).toContain('const here = guild.members.cache.has(role.id);');
		expect(out.todos).toEqual([
			"`guild.members.cache.has`: not rewritten, OvenJS's GuildMembers has no has: write it with its get(), list(), fetch().",
		]);
		expect(typeCheck(out.text.replace('guild.members.cache.has(role.id)', 'true'))).toEqual([]);
	});

	it("sends an embed built elsewhere (a helper's result, a parameter) as its JSON, whatever its name", async () => {
		const helper = `import { EmbedBuilder } from 'discord.js';
export function errorCard(text: string): EmbedBuilder {
	return new EmbedBuilder().setTitle('Error').setDescription(text);
}
`;
		const bot = `import type { ChatInputCommandInteraction, EmbedBuilder } from 'discord.js';
import { errorCard } from './cards.js';
export async function fail(interaction: ChatInputCommandInteraction, extra: EmbedBuilder): Promise<void> {
	await interaction.editReply({ embeds: [errorCard('nope'), extra] });
}
`;
		const out = await migrateText(bot, { fileName: 'fail.ts', files: { 'cards.ts': helper } });
		expect(out.text).toContain("await interaction.editReply({ embeds: [errorCard('nope').toJSON(), extra.toJSON()] });");
		expect(out.file('cards.ts')).toContain("return new EmbedBuilder().setTitle('Error').setDescription(text);");
	});

	it("keeps `Exclude<Interaction['guild'], null>` meaning present: OvenJS says absent with undefined", async () => {
		const bot = `import { ChatInputCommandInteraction } from 'discord.js';
export interface GuildCommand extends ChatInputCommandInteraction {
	guild: Exclude<ChatInputCommandInteraction['guild'], null>;
	member: Exclude<ChatInputCommandInteraction['member'], undefined | null>;
	guildId: Exclude<ChatInputCommandInteraction['guildId'], null>;
}
export const guildId = (interaction: GuildCommand): string => interaction.guild.id;
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("guild: Exclude<ChatInputCommandInteraction['guild'], null | undefined>;");
		expect(out.text).toContain("member: Exclude<ChatInputCommandInteraction['member'], undefined | null>;");
		expect(out.text).toContain("guildId: Exclude<ChatInputCommandInteraction['guildId'], null | undefined>;");
		expect(typeCheck(out.text)).toEqual([]);
	});

	it("turns `instanceof` tests of channel classes into the view's guards where they test the same, and keeps the others on discord.js", async () => {
		const bot = `import { Channel, DMChannel, TextChannel, ThreadChannel } from 'discord.js';
export function kind(channel: Channel): string {
	if (channel instanceof DMChannel) return 'dm';
	if (channel instanceof ThreadChannel) return 'thread';
	if (channel instanceof TextChannel) return 'text';
	return channel.id;
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("if (channel.isDMBased()) return 'dm';");
		expect(out.text).toContain("if (channel.isThread()) return 'thread';");
		// One Channel view for every class: the test stays on discord.js's class, marked, never always true.
		expect(out.text).toContain("if (channel instanceof TextChannel) return 'text';");
		expect(out.text).toMatch(
			/import \{ Channel \} from 'ovenjs';\n(?:\/\/ oven-migrate: .*\n)?import \{ TextChannel \} from 'discord\.js';/,
		);
		expect(out.todos).toEqual(
			expect.arrayContaining([expect.stringContaining('`channel instanceof TextChannel`: OvenJS has one Channel view for')]),
		);
	});

	it("types event modules with OvenJS's event map: Events.X in a type argument is the event's name", async () => {
		const bot = `import { Events, type ClientEvents } from 'discord.js';
export type Event<N extends keyof ClientEvents = keyof ClientEvents> = { name: N; once?: boolean; execute(...args: ClientEvents[N]): unknown };
export default {
	name: Events.MessageCreate,
	execute(message) {
		return message.id;
	},
} satisfies Event<Events.MessageCreate>;
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("import { type ClientEventMap as ClientEvents } from 'ovenjs';");
		expect(out.text).toContain("name: 'messageCreate',");
		expect(out.text).toContain("} satisfies Event<'messageCreate'>;");
		expect(out.text).not.toContain('discord.js');
		expect(typeCheck(out.text)).toEqual([]);
	});

	it("writes a webhook's body with Discord's keys (avatar_url), as OvenJS's Webhook sends it", async () => {
		const bot = `import type { TextChannel } from 'discord.js';
export async function log(channel: TextChannel, text: string): Promise<void> {
	const webhook = await channel.createWebhook({ name: 'Logs' });
	await webhook.send({ content: text, username: 'Logs', avatarURL: 'https://example.com/a.png' });
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("await webhook.send({ content: text, username: 'Logs', avatar_url: 'https://example.com/a.png' });");
	});

	it('reads what is on a member OvenJS may leave undefined with ?. (member.permissions), and keeps the ?. a bot wrote', async () => {
		const bot = `import type { GuildMember } from 'discord.js';
export function staff(member: GuildMember, maybe: GuildMember | null): boolean {
	if (!member.permissions.has('ManageMessages')) return false;
	return maybe?.permissions.has('BanMembers') === true;
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain("if (!member.permissions?.has('ManageMessages')) return false;");
		expect(out.text).toContain("return maybe?.permissions?.has('BanMembers') === true;");
		expect(typeCheck(out.text)).toEqual([]);
	});

	it("renames a Client subclass's member that would replace OvenJS's Client's own (connect, which login() calls)", async () => {
		const bot = `const { Client, GatewayIntentBits } = require('discord.js');
class Bot extends Client {
	constructor() {
		super({ intents: [GatewayIntentBits.Guilds] });
	}
	connect = async () => {
		await this.login(process.env.TOKEN);
	};
}
module.exports = Bot;
`;
		const main = `const Bot = require('./bot.js');
const bot = new Bot();
bot.connect();
`;
		// `a.js` is migrated before `bot.js` renames what it calls: it is still reported changed.
		const out = await migrateText(bot, { fileName: 'bot.js', files: { 'a.js': main } });
		expect(out.text).toContain('botConnect = async () => {');
		expect(out.file('a.js')).toContain('bot.botConnect();');
		expect(out.result.files.find((file) => file.path === 'a.js')?.changed).toBe(true);
		expect(out.todos).toEqual(
			expect.arrayContaining([
				"`connect` was renamed `botConnect` here and where it is used: OvenJS's Client has its own connect, which this member would replace.",
			]),
		);
	});

	it("reads the discord.js members of a bot's own class extending Client as the client's, and leaves the bot's own members alone", async () => {
		const bot = `import { Client, Collection } from 'discord.js';
export class Bot extends Client {
	commands = new Collection<string, string>();
}
export function ping(bot: Bot): string {
	return \`\${bot.ws.ping}ms, \${bot.commands.size} commands\`;
}
`;
		const out = await migrateText(bot);
		expect(out.text).toContain('return `${bot.shards[0]?.latency}ms, ${bot.commands.size} commands`;');
		expect(out.todos.filter((todo) => todo.includes('commands'))).toEqual([]);
	});

	it("passes the client to a JavaScript loader's ready module, as discord.js did (OvenJS passes nothing)", async () => {
		const bot = `const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
for (const event of require('./events.js')) {
	client[event.once ? 'once' : 'on'](event.name, async (...args) => {
		await event.execute(...args);
	});
}
client.login(process.env.TOKEN);
`;
		const out = await migrateText(bot, { fileName: 'bot.js' });
		expect(out.text).toContain('await event.execute(...(args.length === 0 ? [client] : args));');
	});

	it("marks the sends it cannot type when the client had allowedMentions: they would ping what discord.js's client did not", async () => {
		const bot = `const { Client, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [], repliedUser: false } });
module.exports = { client, run: (message) => message.reply({ content: 'hi' }) };
client.login(process.env.TOKEN);
`;
		const out = await migrateText(bot, { fileName: 'bot.js' });
		expect(out.text).toContain("run: (message) => message.reply({ content: 'hi' })");
		expect(out.todos).toEqual(
			expect.arrayContaining([
				"if message is discord.js's, the client's allowedMentions applied to this message, and OvenJS's client has none: send allowed_mentions: { parse: [], replied_user: false } with it.",
			]),
		);
	});
});
