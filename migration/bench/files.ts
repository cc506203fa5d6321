/**
 * Files per second of `migrate()` (a dry run) on a generated 1,000-file discord.js v14
 * TypeScript bot, with the time split into load, transforms and diff. Goal: ≥ 100 files/s.
 * Run: `npm run bench -w @ovenjs/migrate`. `OVENJS_BENCH_FILES` changes the size,
 * `OVENJS_BENCH_ROUNDS` the number of rounds (the median is reported),
 * `OVENJS_BENCH_NO_NODE_MODULES=1` leaves discord.js out of the project's node_modules, and
 * `OVENJS_BENCH_SCRIPT_EVERY=n` makes every n-th file (default 25) a script with its own client.
 * Round 1 is what one CLI run sees (code not yet optimised by the JIT); the CPU figure does not
 * grow when other work shares the machine, wall time does.
 */
import { performance } from 'node:perf_hooks';
import { migrate, type MigrationResult } from '../src/index.js';
import { generateBotProject } from './_generateBotProject.js';

const FILES = Number(process.env['OVENJS_BENCH_FILES'] ?? 1000);
const ROUNDS = Number(process.env['OVENJS_BENCH_ROUNDS'] ?? 3);
const GOAL = 100;

interface Round {
	readonly ms: number;
	/** User + system CPU time of this process: unlike wall time, it barely grows when others share the machine. */
	readonly cpuMs: number;
	readonly result: MigrationResult;
}

const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const fixed = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
	const bot = generateBotProject(FILES, {
		linkDiscordJs: process.env['OVENJS_BENCH_NO_NODE_MODULES'] !== '1',
		scriptEvery: Number(process.env['OVENJS_BENCH_SCRIPT_EVERY'] ?? 25),
	});
	try {
		const rounds: Round[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			const cpuStart = process.cpuUsage();
			const start = performance.now();
			const result = await migrate({ root: bot.root, write: false });
			const ms = performance.now() - start;
			const cpu = process.cpuUsage(cpuStart);
			const cpuMs = (cpu.user + cpu.system) / 1000;
			rounds.push({ ms, cpuMs, result });
			const { loadMs, typesMs, transformMs, diffMs } = result.timings;
			const { files, changed, todos } = result.summary;
			process.stdout.write(
				`round ${i + 1}: ${files} files in ${fixed(ms)} = ${(files / (ms / 1000)).toFixed(1)} files/s (load ${fixed(loadMs)}, types ${fixed(typesMs)}, transforms ${fixed(transformMs)}, diff ${fixed(diffMs)}; CPU ${fixed(cpuMs)}); ${changed} changed, ${todos} todos\n`,
			);
		}
		const slowest = Object.entries(rounds.at(-1)?.result.timings.byTransform ?? {})
			.filter(([, ms]) => ms >= 10)
			.sort(([, x], [, y]) => y - x);
		process.stdout.write(`by transform (last round): ${slowest.map(([name, ms]) => `${name} ${fixed(ms)}`).join(', ')}\n`);
		const ms = median(rounds.map((r) => r.ms));
		const rate = bot.files / (ms / 1000);
		const first = rounds[0];
		const split = (pick: (r: Round) => number): string => fixed(median(rounds.map(pick)));
		process.stdout.write(
			`median of ${ROUNDS}: ${rate.toFixed(1)} files/s on ${bot.files} files (load ${split((r) => r.result.timings.loadMs)}, types ${split((r) => r.result.timings.typesMs)}, transforms ${split((r) => r.result.timings.transformMs)}, diff ${split((r) => r.result.timings.diffMs)}); ` +
				`first round, as one CLI run: ${first === undefined ? '-' : (bot.files / (first.ms / 1000)).toFixed(1)} files/s; ` +
				`per CPU second: ${(bot.files / (median(rounds.map((r) => r.cpuMs)) / 1000)).toFixed(1)} files; goal ≥ ${GOAL}/s: ${rate >= GOAL ? 'met' : 'NOT met'}\n`,
		);
	} finally {
		bot.dispose();
	}
}

await main();
