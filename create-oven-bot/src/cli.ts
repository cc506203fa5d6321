import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createProject } from './createProject.js';
import { CreateOvenBotError } from './CreateOvenBotError.js';
import { Prompter } from './Prompter.js';
import { languageName, Languages, templateName, Templates, type LanguageName, type TemplateName } from './templates.js';

const USAGE = `Usage: npm create oven-bot@latest [folder] -- [--template <name>] [--ts | --js] [--yes]

Writes a Discord bot project using OvenJS into a new (or empty) folder. In a terminal it asks
for what the flags do not say; otherwise it takes the defaults.

  --template, -t <name>  ${Object.entries(Templates)
		.map(([name, template]) => `${name} (${template.summary})`)
		.join(',\n                         ')}; default minimal
  --ts, --js             TypeScript (default) or JavaScript (also --language ts|js)
  --yes, -y              take the defaults instead of asking
  --tarballs <dir>       for OvenJS contributors: take OvenJS's packages from the \`npm pack\`
                         output in <dir> instead of the npm registry`;

/** Where the CLI reads and writes; `interactive` defaults to whether both ends are terminals. */
export interface CliIO {
	readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
	readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
	readonly stderr: NodeJS.WritableStream;
	readonly interactive?: boolean;
}

/** Runs `create-oven-bot` with `argv` (without node and the script); resolves the exit code. */
export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				template: { type: 'string', short: 't' },
				language: { type: 'string' },
				ts: { type: 'boolean' },
				js: { type: 'boolean' },
				yes: { type: 'boolean', short: 'y' },
				tarballs: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help === true) {
		io.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const interactive = (io.interactive ?? (io.stdin.isTTY === true && io.stdout.isTTY === true)) && values.yes !== true;
	const prompter = interactive ? new Prompter(io.stdin, io.stdout) : undefined;
	try {
		if (positionals.length > 1) throw new CreateOvenBotError('CREATE_INVALID_OPTION', `Expected one folder, got ${positionals.join(' ')}.`);
		const languageFlags = [values.ts === true ? 'ts' : undefined, values.js === true ? 'js' : undefined, values.language].filter(
			(flag) => flag !== undefined,
		);
		if (languageFlags.length > 1) throw new CreateOvenBotError('CREATE_INVALID_OPTION', 'Give one of --ts, --js and --language.');
		let language: LanguageName | undefined = languageFlags[0] === undefined ? undefined : languageName(languageFlags[0]);
		let template: TemplateName | undefined = values.template === undefined ? undefined : templateName(values.template);
		let directory = positionals[0];

		if (prompter !== undefined) {
			directory ??= await prompter.text('Project folder', 'my-bot');
			language ??= await prompter.choose(
				'Language',
				Object.entries(Languages).map(([value, { title }]) => ({ value: value as LanguageName, label: title })),
			);
			template ??= await prompter.choose(
				'Template',
				Object.entries(Templates).map(([value, { title, summary }]) => ({ value: value as TemplateName, label: `${title}: ${summary}` })),
			);
		}
		if (directory === undefined) {
			throw new CreateOvenBotError('CREATE_NO_DIRECTORY', 'Name the project folder: npm create oven-bot@latest my-bot');
		}
		language ??= 'ts';
		template ??= 'minimal';
		const project = await createProject({
			directory,
			language,
			template,
			...(values.tarballs === undefined ? {} : { tarballs: values.tarballs }),
		});
		io.stdout.write(nextSteps(relative(process.cwd(), project.directory) || '.', language, template));
		return 0;
	} catch (error) {
		if (error instanceof CreateOvenBotError) {
			io.stderr.write(`create-oven-bot: ${error.message}\n`);
			return error.code === 'CREATE_INVALID_OPTION' ? 2 : 1;
		}
		throw error;
	} finally {
		prompter?.close();
	}
}

function nextSteps(folder: string, language: LanguageName, template: TemplateName): string {
	return `
Created ${folder}: ${Templates[template].title}, ${Languages[language].title}. Next:

  cd ${folder}
  npm install
  npm start                       # the bot on a local mock Discord: no token, no network
  npm test                        # its tests, against the mock
  DISCORD_TOKEN=… npm run dev     # on Discord (README.md says where to get a token)
`;
}
