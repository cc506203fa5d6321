/**
 * The scratch project the packed-packages test installs the tarballs into: one install, with
 * folders for each flavour a user's bot comes in (their own package.json `type` and tsconfig).
 */
import { ThirdPartyRanges } from 'create-oven-bot';

/** The packages the scratch project installs from tarballs, and those they depend on. */
export const DIRECT = [
	'ovenjs',
	'@ovenjs/mock-discord',
	'@ovenjs/eslint-plugin',
	'@ovenjs/migrate',
	'@ovenjs/ts-plugin',
	'@ovenjs/language-server',
];
const TRANSITIVE = ['@ovenjs/analysis', '@ovenjs/discord-api-spec'];

/**
 * Every TypeScript setting the bot is compiled under: its folder (a CommonJS or ESM package), its
 * options, and whether to run the output. `skipLibCheck` is off once for each declaration tree
 * (.d.cts for `require`, .d.ts for `import`), so errors inside ovenjs's declarations show too.
 */
export const TS_FLAVOURS = [
	{ name: 'commonjs', folder: 'ts-cjs', options: { module: 'commonjs', moduleResolution: 'node10' }, run: true },
	{ name: 'node16-cjs', folder: 'ts-cjs', options: { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }, run: true },
	{ name: 'nodenext-cjs', folder: 'ts-cjs', options: { module: 'nodenext', moduleResolution: 'nodenext' }, run: false },
	{ name: 'nodenext-esm', folder: 'ts-esm', options: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false }, run: true },
	{ name: 'node16-esm', folder: 'ts-esm', options: { module: 'node16', moduleResolution: 'node16' }, run: false },
	{ name: 'bundler', folder: 'ts-esm', options: { module: 'preserve', moduleResolution: 'bundler' }, run: false },
] as const;

const js = (imports: string): string => `${imports}

const client = createClient({ token: process.env.DISCORD_TOKEN, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });
client.on('messageCreate', async (message) => {
	if (message.content === '!ping') await message.reply(\`pong from \${process.env.FLAVOUR} (title max \${EmbedLimits.title.max}, inspector \${typeof Inspector})\`);
});
client.login().then(() => console.log('ready'));
`;

const TS_BOT = `import { createClient } from 'ovenjs';
import { EmbedLimits } from 'ovenjs/knowledge';
import { Inspector } from 'ovenjs/inspector';

const client = createClient({ token: process.env.DISCORD_TOKEN ?? '', intents: ['Guilds', 'GuildMessages', 'MessageContent'] });
client.on('messageCreate', async (message) => {
	// string, not string | undefined: the MessageContent intent is in the client's type.
	const content: string = message.content;
	if (content === '!ping') await message.reply(\`pong from \${process.env.FLAVOUR} (title max \${EmbedLimits.title.max}, inspector \${typeof Inspector})\`);
});
// @ts-expect-error: no such event. An error only while ovenjs's types resolve (not any).
client.on('notAnEvent', () => {});
void client.login().then(() => console.log('ready'));
`;

/** A small discord.js v14 bot, for oven-migrate. */
const LEGACY_BOT = `import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on(Events.MessageCreate, async (message) => {
	if (message.content === '!ping') await message.reply(\`pong from \${process.env.FLAVOUR}\`);
});

client.login(process.env.DISCORD_TOKEN).then(() => console.log('ready'));
`;

/** What the lint rules and the tsserver plugin must report: an embed title over 256 characters, messageCreate without its intent. */
const badBot = (typed: boolean): string => `import { createClient } from 'ovenjs';

const client = createClient({ token: process.env.DISCORD_TOKEN${typed ? " ?? ''" : ''}, intents: ['Guilds'] });
client.on('messageCreate', async (message) => {
	await message.reply({ embeds: [{ title: '${'x'.repeat(300)}' }] });
});
`;

const compilerOptions = { target: 'ES2022', lib: ['ES2022'], strict: true, skipLibCheck: true, types: ['node'] };
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The scratch project's files, by path; `tarball(name)` is the `.tgz` of one of our packages. */
export function scratchAppFiles(tarball: (name: string) => string): Record<string, string> {
	const files: Record<string, string> = {
		'package.json': json({
			name: 'oven-packed-scratch',
			private: true,
			dependencies: {
				...Object.fromEntries(DIRECT.map((name) => [name, `file:${tarball(name)}`])),
				eslint: ThirdPartyRanges.eslint,
				typescript: ThirdPartyRanges.typescript,
				'typescript-eslint': ThirdPartyRanges['typescript-eslint'],
				'@types/node': ThirdPartyRanges['@types/node'],
			},
			// Our packages depend on each other by version, and they are not on the registry.
			overrides: {
				...Object.fromEntries(DIRECT.map((name) => [name, `$${name}`])),
				...Object.fromEntries(TRANSITIVE.map((name) => [name, `file:${tarball(name)}`])),
			},
		}),
		'esm/package.json': json({ type: 'module' }),
		'esm/bot.js': js(
			`import { createClient } from 'ovenjs';\nimport { EmbedLimits } from 'ovenjs/knowledge';\nimport { Inspector } from 'ovenjs/inspector';`,
		),
		'cjs/package.json': json({ type: 'commonjs' }),
		'cjs/bot.js': js(
			`const { createClient } = require('ovenjs');\nconst { EmbedLimits } = require('ovenjs/knowledge');\nconst { Inspector } = require('ovenjs/inspector');`,
		),
		'ts-cjs/package.json': json({ type: 'commonjs' }),
		'ts-cjs/bot.ts': TS_BOT,
		'ts-esm/package.json': json({ type: 'module' }),
		'ts-esm/bot.ts': TS_BOT,
		'legacy/package.json': json({ type: 'module' }),
		'legacy/bot.ts': LEGACY_BOT,
		'legacy/tsconfig.json': json({ compilerOptions: { ...compilerOptions, module: 'nodenext', outDir: 'out' }, files: ['bot.ts'] }),
		'lint/bad.ts': badBot(true),
		'lint/bad.js': badBot(false),
		'eslint.config.mjs': `import oven from '@ovenjs/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [{ ignores: ['**/out*/'] }, { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, oven.configs.recommended];
`,
		'plugin/tsconfig.json': json({
			compilerOptions: { ...compilerOptions, module: 'nodenext', noEmit: true, plugins: [{ name: '@ovenjs/ts-plugin' }] },
		}),
		'plugin/package.json': json({ type: 'module' }),
		'plugin/bad.ts': badBot(true),
	};
	for (const flavour of TS_FLAVOURS) {
		const output = flavour.run ? { outDir: `out-${flavour.name}` } : { noEmit: true };
		files[`${flavour.folder}/tsconfig.${flavour.name}.json`] = json({
			compilerOptions: { ...compilerOptions, ...flavour.options, ...output },
			files: ['bot.ts'],
		});
	}
	return files;
}
