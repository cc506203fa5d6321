/**
 * Writes a generated discord.js v14 TypeScript bot of `count` files into a temp folder, for
 * the migration benchmark: command modules (slash commands, embeds, interaction replies,
 * permission flags), event listeners, button handlers, moderation helpers, a few standalone
 * scripts that make their own client, and plain helpers with no discord.js import (3 in 10).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

const command = (
	i: number,
): string => `import { EmbedBuilder, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { clamp } from '../util/math.js';

export const data = new SlashCommandBuilder()
	.setName('stats${i}')
	.setDescription('Show the stats of round ${i}')
	.setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages | PermissionFlagsBits.KickMembers);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
	if (!interaction.isChatInputCommand()) return;
	const amount = clamp(interaction.options.getInteger('amount') ?? 1, 1, 100);
	if (amount > 50) {
		await interaction.reply({ content: 'Too many at once (${i}).', ephemeral: true });
		return;
	}
	await interaction.deferReply({ ephemeral: true });
	const embed = new EmbedBuilder()
		.setTitle('Stats ${i}')
		.setColor('#5865f2')
		.setDescription(\`Numbers for round ${i}: \${amount}\`)
		.addFields({ name: 'Players', value: String(amount), inline: true }, { name: 'Score', value: '${i * 7}', inline: true })
		.setFooter({ text: 'footer ${i}', iconURL: 'https://example.com/${i}.png' })
		.setTimestamp();
	await interaction.editReply({ embeds: [embed] });
}
`;

const listener = (i: number): string => `import { Events, type Client, type Message } from 'discord.js';

const PREFIX = '!';

export function register${i}(client: Client): void {
	client.on(Events.MessageCreate, async (message: Message) => {
		if (message.author.bot || !message.content.startsWith(\`\${PREFIX}ping${i}\`)) return;
		await message.reply({ content: 'pong ${i}', allowedMentions: { repliedUser: false } });
	});
	client.on(Events.GuildMemberAdd, (member) => {
		void member.guild.systemChannel?.send({ content: \`Welcome \${member.user.username}\` });
	});
	client.on('messageDelete', (message) => {
		if (message.partial) return;
		console.log('deleted ${i}', message.id);
	});
	client.once(Events.ClientReady, (ready) => console.log(\`ready ${i} as \${ready.user.tag}\`));
}
`;

const buttons = (i: number): string => `import { Events, type ButtonInteraction, type Client } from 'discord.js';

async function onButton(interaction: ButtonInteraction): Promise<void> {
	if (interaction.customId === 'close:${i}') {
		await interaction.update({ components: [] });
		return;
	}
	await interaction.reply({ content: 'Refreshed ${i}', ephemeral: true });
	await interaction.followUp({ content: 'and again', ephemeral: true });
}

export function buttons${i}(client: Client): void {
	client.on(Events.InteractionCreate, async (interaction) => {
		if (!interaction.isButton()) return;
		await onButton(interaction);
	});
}
`;

const moderation = (
	i: number,
): string => `import { EmbedBuilder, PermissionFlagsBits, PermissionsBitField, type GuildMember } from 'discord.js';

export const REQUIRED_${i} = new PermissionsBitField(PermissionFlagsBits.BanMembers);

export function canBan${i}(member: GuildMember): boolean {
	return member.permissions.has(PermissionFlagsBits.BanMembers);
}

export function banEmbed${i}(target: GuildMember, reason: string): EmbedBuilder {
	return new EmbedBuilder()
		.setTitle('Banned')
		.setAuthor({ name: target.user.username, iconURL: target.user.displayAvatarURL() })
		.setColor(0xff0000)
		.addFields({ name: 'Reason', value: reason }, { name: 'Case', value: '${i}' });
}
`;

const helper = (i: number): string => `/** Helpers with no Discord import (${i}). */
export function clamp${i}(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

export const table${i}: Record<string, number> = { a: ${i}, b: ${i * 2}, c: ${i * 3} };

export function format${i}(items: readonly string[]): string {
	return items.map((item, index) => \`\${index + 1}. \${item}\`).join('\\n');
}

export class Cache${i}<T> {
	readonly #entries = new Map<string, { value: T; expires: number }>();

	get(key: string): T | undefined {
		const entry = this.#entries.get(key);
		if (entry === undefined || entry.expires < Date.now()) return undefined;
		return entry.value;
	}

	set(key: string, value: T, ttlMs = 60_000): void {
		this.#entries.set(key, { value, expires: Date.now() + ttlMs });
	}
}
`;

const config = (i: number): string => `/** Settings read from the environment (${i}). */
export interface Settings${i} {
	readonly prefix: string;
	readonly owners: readonly string[];
	readonly color: number;
}

export function settings${i}(env: NodeJS.ProcessEnv = process.env): Settings${i} {
	return {
		prefix: env['PREFIX'] ?? '!',
		owners: (env['OWNERS'] ?? '').split(',').filter((id) => id !== ''),
		color: Number.parseInt(env['COLOR'] ?? '5865f2', 16),
	};
}
`;

const script = (i: number): string => `import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

const token = process.env.DISCORD_TOKEN ?? '';
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent], partials: [Partials.Message] });

client.once(Events.ClientReady, async () => {
	console.log('maintenance script ${i} running');
	client.destroy();
});

client.login(token);
`;

/** One file's relative path and text for index `i`: 7 in 10 use discord.js, 3 in 10 are plain; every `scriptEvery`th is a script with its own client. */
function fileFor(i: number, scriptEvery: number): { path: string; text: string } {
	if (i % scriptEvery === scriptEvery - 1) return { path: `scripts/task${i}.ts`, text: script(i) };
	switch (i % 10) {
		case 0:
		case 7:
			return { path: `commands/stats${i}.ts`, text: command(i) };
		case 1:
		case 8:
			return { path: `events/listener${i}.ts`, text: listener(i) };
		case 2:
			return { path: `components/buttons${i}.ts`, text: buttons(i) };
		case 3:
		case 6:
			return { path: `moderation/ban${i}.ts`, text: moderation(i) };
		case 5:
			return { path: `config/settings${i}.ts`, text: config(i) };
		default:
			return { path: `util/helper${i}.ts`, text: helper(i) };
	}
}

const MATH = `/** Shared numeric helpers. */
export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
`;

const INDEX = `import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.once(Events.ClientReady, () => console.log('ready'));
client.login(process.env.DISCORD_TOKEN);
`;

/** A generated bot on disk. */
export interface GeneratedBot {
	readonly root: string;
	/** Number of source files written (`count` plus the entry point and a shared helper). */
	readonly files: number;
	readonly dispose: () => void;
}

/**
 * Writes `count` generated files plus `src/index.ts`, a shared helper and a tsconfig.json; with `linkDiscordJs`
 * (the default) the workspace's discord.js is linked under node_modules, as in a real install.
 * Every `scriptEvery`th file (default 25) is a standalone script that makes and logs in its own client.
 */
export function generateBotProject(count: number, options: { linkDiscordJs?: boolean; scriptEvery?: number } = {}): GeneratedBot {
	const root = mkdtempSync(join(tmpdir(), 'oven-migrate-bench-'));
	const write = (path: string, text: string): void => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write(
		'tsconfig.json',
		JSON.stringify(
			{
				compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'dist' },
				include: ['src'],
			},
			null,
			2,
		),
	);
	write('src/index.ts', INDEX);
	write('src/util/math.ts', MATH);
	for (let i = 0; i < count; i++) {
		const { path, text } = fileFor(i, options.scriptEvery ?? 25);
		write(`src/${path}`, text);
	}
	if (options.linkDiscordJs !== false) {
		mkdirSync(join(root, 'node_modules'));
		for (const name of ['discord.js', '@discordjs', 'discord-api-types', '@types'])
			symlinkSync(join(workspaceModules, name), join(root, 'node_modules', name), 'dir');
	}
	return { root, files: count + 2, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
