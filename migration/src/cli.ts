#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { migrate, toReport } from './migrate.js';
import { MigrationError } from './MigrationError.js';
import { progressBar } from './progress.js';
import { reportToMarkdown } from './report.js';

const USAGE = `Usage: oven-migrate <path> [--write] [--force] [--report <file.json|file.md>]... [--from v13|v14]

Moves a discord.js v13/v14 bot to OvenJS. A dry run by default: prints a summary and a
unified diff. --write rewrites the files in place (refused in a git tree with uncommitted
changes unless --force). A bot built on a framework over discord.js (Sapphire, discordx,
Akairo, …) is refused unless --force. The discord.js version is read from node_modules or
package.json unless --from says. What it cannot migrate is marked "// oven-migrate:" in the
code and listed in the report (--report may be given more than once, e.g. one .md and one .json).
Symbolic links that lead out of <path> are skipped, never written through.`;

/** Runs the CLI with `argv` (without node and the script); resolves the exit code. */
export async function main(
	argv: readonly string[],
	out: NodeJS.WriteStream = process.stdout,
	err: NodeJS.WriteStream = process.stderr,
): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				write: { type: 'boolean' },
				force: { type: 'boolean' },
				report: { type: 'string', multiple: true },
				from: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		err.write(`${(error as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help === true) {
		out.write(`${USAGE}\n`);
		return 0;
	}
	if (positionals.length !== 1) {
		err.write(`Expected one path, got ${positionals.length}.\n\n${USAGE}\n`);
		return 2;
	}
	const reports = values.report ?? [];
	const badReport = reports.find((file) => !/\.(json|md)$/.test(file));
	if (badReport !== undefined) {
		err.write(`--report must name a .json or .md file, got ${badReport}.\n`);
		return 2;
	}
	try {
		const result = await migrate({
			root: positionals[0] as string,
			write: values.write === true,
			force: values.force === true,
			...(values.from === undefined ? {} : { from: values.from as 'v13' | 'v14' }),
			onProgress: progressBar(err),
		});
		if (!result.written) for (const file of result.files) if (file.diff !== '') out.write(file.diff);
		for (const file of result.files) for (const todo of file.todos) out.write(`${file.path}:${todo.line}: ${todo.message}\n`);
		for (const file of result.skipped) out.write(`${file.path}: skipped, ${file.reason}\n`);
		for (const note of result.notes) out.write(`note: ${note}\n`);
		const { files, changed, todos } = result.summary;
		const skipped = result.skipped.length === 0 ? '' : ` ${result.skipped.length} skipped.`;
		out.write(
			`${files} files, ${changed} ${result.written ? 'rewritten' : 'would change'}, ${todos} left for a person.${skipped}${result.written ? '' : ' Dry run: pass --write to apply.'}\n`,
		);
		const report = toReport(result);
		for (const file of reports) {
			await writeFile(file, file.endsWith('.md') ? reportToMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`);
		}
		return 0;
	} catch (error) {
		if (error instanceof MigrationError) {
			err.write(`oven-migrate: ${error.message}\n`);
			return 1;
		}
		throw error;
	}
}
