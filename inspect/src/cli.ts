/**
 * `oven-inspect [--record session.jsonl] [--redact-field name]… [--] bot.js [args…]`: runs a bot
 * (discord.js or OvenJS) with `--import @ovenjs/inspect`, so the Gateway Inspector finds it and,
 * with `--record`, its session is written for `oven-mock --replay`. Exits with the bot's code.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const OPTIONS = {
	record: { type: 'string' },
	'redact-field': { type: 'string', multiple: true },
	help: { type: 'boolean', short: 'h' },
} as const;
const USAGE = 'usage: oven-inspect [--record session.jsonl] [--redact-field name]… [--] bot.js [args…]';

/** The `--import` flags that load this package in the bot's process (tsx first when it runs from source). */
function preloadFlags(): string[] {
	const entry = new URL(import.meta.url.endsWith('.ts') ? './index.ts' : './index.js', import.meta.url).href;
	return import.meta.url.endsWith('.ts')
		? ['--conditions=@ovenjs/source', '--import', import.meta.resolve('tsx'), '--import', entry]
		: ['--import', entry];
}

/** Runs the bot; resolves to the exit code. */
export async function main(args: readonly string[]): Promise<number> {
	let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
	try {
		parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
	} catch (error) {
		process.stderr.write(`oven-inspect: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help === true) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const [script, ...rest] = positionals;
	if (script === undefined) {
		process.stderr.write(`oven-inspect: name the bot's script to run\n${USAGE}\n`);
		return 2;
	}
	const env: NodeJS.ProcessEnv = { ...process.env, OVEN_INSPECT: '1' };
	if (values.record !== undefined) env['OVEN_RECORD'] = values.record;
	if (values['redact-field'] !== undefined) env['OVEN_REDACT_FIELDS'] = values['redact-field'].join(',');
	const child = spawn(process.execPath, [...preloadFlags(), script, ...rest], { stdio: 'inherit', env });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
	return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 0 : 1))));
}
