/** A discord.js v14 bot with planted mistakes; the tests name what must be found. */
export const BOT = `import { Client, EmbedBuilder, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.on(Events.GuildMemberAdd, (member) => {
	void member;
});

client.on(Events.MessageCreate, async (message) => {
	if (message.content !== '!stats') return;
	await message.reply({ embeds: [new EmbedBuilder().setTitle('Stats'.repeat(60))] });
});

export const OWNER_ID = '175928847299117063';

export const wrong: number = 'not a number';

client.on('');
`;

/** discord.js stands in as an untyped module: the checks are syntactic and the project stays small. */
export const DISCORD_SHIM = `declare module 'discord.js';\n`;

/** A second file: a numeric id, slow work before the answer, intents written as strings. */
export const COMMANDS = `import { Client } from 'discord.js';

const client = new Client({ intents: ['Guilds', 'MessageContent'] });

export const guildId = 175928847299117063;

client.on('interactionCreate', async (interaction) => {
	const stats = await loadStats();
	await interaction.reply(stats);
});

declare function loadStats(): Promise<string>;
`;

/** Components made with custom_ids, in their own file: the handlers' completions collect them project-wide. */
export const COMPONENTS = `import { ButtonBuilder, ModalBuilder } from 'discord.js';

export const confirm = new ButtonBuilder().setCustomId('ticket:confirm').setLabel('Yes');
export const close = (id: string) => new ButtonBuilder().setCustomId(\`ticket:close:\${id}\`).setLabel('Close');
export const report = new ModalBuilder().setCustomId('report').setTitle('Report');
`;

/** Handlers being written: a custom_id comparison, a router registration, permission names. */
export const HANDLERS = `import { PermissionFlagsBits } from 'discord.js';

declare const interaction: { customId: string };
declare const router: { button(pattern: string, handler?: () => void): unknown };

if (interaction.customId === '') {
	void 0;
}
router.button('', () => {});
export const ban = { name: 'ban', description: 'Ban', default_member_permissions: [''] };
export const bits = PermissionFlagsBits.BanMembers;
export const typing = PermissionFlagsBits.Ki;
`;

/** File watchers, typed and untyped: their `on('` must offer no Discord events (issue #20). */
export const WATCH = `import chokidar from 'chokidar';

interface FSWatcher {
	on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): this;
	close(): Promise<void>;
}
declare function watch(paths: string): FSWatcher;

export const watcher: FSWatcher | undefined = watch('.');
watcher?.on('', () => {});

const files = chokidar.watch('.');
files.on('', () => {});
`;

/** An untyped \`chokidar\`, as in a project without its types. */
export const CHOKIDAR_SHIM = `declare module 'chokidar';\n`;
