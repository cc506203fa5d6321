import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path → text) into a fresh temp folder; with `git`, commits them in a new repository. */
export async function project(files: Record<string, string>, options: { git?: boolean } = {}): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'oven-migrate-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	if (options.git === true) {
		const git = (...args: string[]): void =>
			void execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
		git('init', '-q');
		git('add', '-A');
		git('commit', '-qm', 'bot');
	}
	return root;
}

export const BOT = `import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.once(Events.ClientReady, () => console.log('ready'));
client.on('emojiCreate', (emoji) => console.log(emoji.name));
client.login(process.env.DISCORD_TOKEN);
`;
