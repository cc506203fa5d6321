import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pluginRoot = fileURLToPath(new URL('..', import.meta.url));
const workspaceModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

// Four styles of bot file, in the proportions a mixed bot has; every tenth file is plain code with no Discord import.
const discordJsCommand = (
	i: number,
): string => `import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';

export const data${i} = new SlashCommandBuilder().setName('stats${i}').setDescription('Show the stats of round ${i}');

export async function execute${i}(interaction: ChatInputCommandInteraction): Promise<void> {
	const embed = new EmbedBuilder()
		.setTitle('Stats ${i}')
		.setDescription('Numbers for round ${i}')
		.addFields({ name: 'Players', value: String(${i}), inline: true }, { name: 'Score', value: '${i * 7}', inline: true })
		.setFooter({ text: 'footer ${i}' });
	const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
		new ButtonBuilder().setCustomId(\`stats:refresh:\${interaction.user.id}\`).setLabel('Refresh').setStyle(ButtonStyle.Primary),
		new ButtonBuilder().setCustomId('stats:close:${i}').setLabel('Close').setStyle(ButtonStyle.Danger),
	);
	await interaction.reply({ embeds: [embed], components: [row] });
}
`;

const discordJsListener = (i: number): string => `import { Client, Events, GatewayIntentBits, type Message } from 'discord.js';

export function register${i}(client: Client): void {
	client.on(Events.GuildMemberAdd, (member) => void member);
	client.on(Events.MessageCreate, async (message: Message) => {
		if (message.author.bot || !message.content.startsWith('!ping${i}')) return;
		await message.reply({ content: 'pong ${i}', embeds: [{ title: 'Pong ${i}', description: 'latency', fields: [{ name: 'ws', value: String(client.ws.ping) }] }] });
	});
	client.on(Events.InteractionCreate, async (interaction) => {
		if (!interaction.isButton()) return;
		if (interaction.customId === 'stats:close:${i}') await interaction.update({ components: [] });
		else if (interaction.customId.startsWith('stats:refresh:')) await interaction.deferUpdate();
	});
}

export const client${i} = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
`;

const ovenCommand = (i: number): string => `import { defineCommand, option } from 'ovenjs';

export const ban${i} = defineCommand({
	name: 'ban${i}',
	description: 'Ban a member (variant ${i})',
	defaultMemberPermissions: ['BanMembers'],
	options: { user: option.user({ description: 'Who to ban', required: true }), reason: option.string({ description: 'Why' }) },
	async run(ctx) {
		await ctx.reply({
			embeds: [{ title: 'Banned', description: 'Reason: none given', color: 0xff0000, fields: [{ name: 'Case', value: '${i}' }] }],
			components: [{ type: 1, components: [{ type: 2, style: 4, custom_id: 'ban:undo:${i}', label: 'Undo' }] }],
		});
	},
});
`;

const ovenListener = (i: number): string => `import { createClient, createRouter } from 'ovenjs';

const client = createClient({ token: process.env['DISCORD_TOKEN'] ?? '', intents: ['Guilds', 'GuildMembers'] });

client.on('guildMemberAdd', (member) => {
	void member;
});

export const router${i} = createRouter()
	.button('ban:undo:{id}', async (ctx, { id }) => {
		await ctx.reply({ content: \`undone \${id}\` });
	})
	.modal('report:${i}', async (ctx) => {
		await ctx.reply({ content: 'thanks' });
	});

export { client as client${i} };
`;

const plain = (i: number): string => `/** Helpers with no Discord import (${i}). */
export function clamp${i}(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

export const table${i}: Record<string, number> = { a: ${i}, b: ${i * 2}, c: ${i * 3} };

export function format${i}(items: readonly string[]): string {
	return items.map((item, index) => \`\${index + 1}. \${item}\`).join('\\n');
}
`;

const STYLES = [
	discordJsCommand,
	discordJsListener,
	ovenCommand,
	ovenListener,
	discordJsCommand,
	ovenCommand,
	discordJsListener,
	ovenListener,
	discordJsCommand,
];

/** A generated bot project in a temporary directory. */
export interface GeneratedProject {
	readonly dir: string;
	readonly files: readonly string[];
	/** Rewrites tsconfig.json with or without the plugin. */
	readonly configure: (withPlugin: boolean) => void;
	readonly dispose: () => void;
}

/**
 * Writes `count` bot files (discord.js and OvenJS commands and listeners with embeds and
 * components, every tenth file plain code) with the workspace's packages linked in, and
 * `@ovenjs/ts-plugin` linked as a user's install would have it.
 */
export function generateProject(count: number): GeneratedProject {
	const dir = mkdtempSync(join(tmpdir(), 'ovenjs-ts-plugin-bench-'));
	const modules = join(dir, 'node_modules');
	mkdirSync(join(modules, '@ovenjs'), { recursive: true });
	for (const entry of readdirSync(workspaceModules)) {
		if (entry === '@ovenjs' || entry.startsWith('.')) continue;
		symlinkSync(join(workspaceModules, entry), join(modules, entry), 'dir');
	}
	symlinkSync(pluginRoot, join(modules, '@ovenjs', 'ts-plugin'), 'dir');
	mkdirSync(join(dir, 'src'));
	const files: string[] = [];
	for (let i = 0; i < count; i++) {
		const style = i % 10 === 9 ? plain : (STYLES[i % STYLES.length] ?? plain);
		const file = join(dir, 'src', `file${i}.ts`);
		writeFileSync(file, style(i));
		files.push(file);
	}
	const configure = (withPlugin: boolean): void => {
		writeFileSync(
			join(dir, 'tsconfig.json'),
			JSON.stringify(
				{
					compilerOptions: {
						target: 'ES2023',
						lib: ['ES2023'],
						module: 'NodeNext',
						moduleResolution: 'NodeNext',
						strict: true,
						noEmit: true,
						skipLibCheck: true,
						types: ['node'],
						...(withPlugin ? { plugins: [{ name: '@ovenjs/ts-plugin' }] } : {}),
					},
					include: ['src'],
				},
				null,
				2,
			),
		);
	};
	configure(true);
	return { dir, files, configure, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
