/**
 * Semantic diagnostics time of a generated 500-file bot project through a real tsserver,
 * with and without @ovenjs/ts-plugin; prints the medians and the plugin's overhead.
 * Goal: at most 15 %. Run after a build: `npm run bench -w @ovenjs/ts-plugin`.
 * `OVENJS_BENCH_FILES` and `OVENJS_BENCH_ROUNDS` change the size and the number of rounds.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assertBuilt, TsServer, type ProtocolDiagnostic, type TypeScriptLine } from '../test/_tsserver.js';
import { generateProject, type GeneratedProject } from './_generateProject.js';

const FILES = Number(process.env['OVENJS_BENCH_FILES'] ?? 500);
const ROUNDS = Number(process.env['OVENJS_BENCH_ROUNDS'] ?? 5);
const TYPESCRIPT = (process.env['OVENJS_BENCH_TS'] ?? '5.9') as TypeScriptLine;
const GOAL = 0.15;

interface Round {
	ms: number;
	cpuMs: number;
	ours: number;
	total: number;
	enabled: boolean;
}

// The tsserver's user + system CPU time (Linux `/proc`): unlike wall time, it does not grow when other work shares the machine.
function cpuTimeMs(pid: number | undefined): number {
	try {
		const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
			.replace(/^.*\) /s, '')
			.split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return Number.NaN;
	}
}

/** One cold tsserver: load the project, then time semantic diagnostics for every file. */
async function round(project: GeneratedProject, withPlugin: boolean): Promise<Round> {
	project.configure(withPlugin);
	const server = new TsServer({ probeLocation: project.dir, typescript: TYPESCRIPT });
	try {
		for (const file of project.files) server.notify('open', { file, projectRootPath: project.dir });
		await server.request('projectInfo', { file: project.files[0], needFileNameList: false });
		let ours = 0;
		let total = 0;
		const start = performance.now();
		const cpuStart = cpuTimeMs(server.pid);
		for (const file of project.files) {
			const found = await server.request<ProtocolDiagnostic[]>('semanticDiagnosticsSync', { file });
			total += found.length;
			ours += found.filter((d) => d.source === 'ovenjs').length;
		}
		const ms = performance.now() - start;
		const cpuMs = cpuTimeMs(server.pid) - cpuStart;
		return { ms, cpuMs, ours, total, enabled: server.log().includes('[ovenjs] enabled for project') };
	} finally {
		server.close();
	}
}

const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
	assertBuilt();
	const project = generateProject(FILES);
	try {
		const without: number[] = [];
		const withPlugin: number[] = [];
		const cpuWithout: number[] = [];
		const cpuWith: number[] = [];
		let findings = 0;
		let typescriptDiagnostics = 0;
		// Alternate so that a load change on the machine hits both sides alike.
		for (let i = 0; i < ROUNDS; i++) {
			const plain = await round(project, false);
			if (plain.ours !== 0 || plain.enabled) throw new Error('diagnostics from the plugin in a project that does not enable it');
			without.push(plain.ms);
			cpuWithout.push(plain.cpuMs);
			const plugged = await round(project, true);
			if (!plugged.enabled) throw new Error(`tsserver did not load the plugin: see ${project.dir}/tsserver.log`);
			withPlugin.push(plugged.ms);
			cpuWith.push(plugged.cpuMs);
			findings = plugged.ours;
			typescriptDiagnostics = plain.total;
			process.stdout.write(
				`round ${i + 1}/${ROUNDS}: without ${plain.ms.toFixed(0)} ms (cpu ${plain.cpuMs.toFixed(0)}), with ${plugged.ms.toFixed(0)} ms (cpu ${plugged.cpuMs.toFixed(0)})\n`,
			);
		}
		const a = median(without);
		const b = median(withPlugin);
		const overhead = (b - a) / a;
		const cpuA = median(cpuWithout);
		const cpuB = median(cpuWith);
		const cpuOverhead = (cpuB - cpuA) / cpuA;
		process.stdout.write(
			[
				`TypeScript ${TYPESCRIPT}, ${FILES} files, ${ROUNDS} rounds (median), ${findings} plugin findings, ${typescriptDiagnostics} TypeScript diagnostics`,
				`semantic diagnostics without plugin: ${a.toFixed(0)} ms`,
				`semantic diagnostics with plugin:    ${b.toFixed(0)} ms`,
				`tsserver CPU time without / with:    ${cpuA.toFixed(0)} ms / ${cpuB.toFixed(0)} ms`,
				`overhead, wall time: ${(overhead * 100).toFixed(1)} %`,
				`overhead, CPU time:  ${(cpuOverhead * 100).toFixed(1)} % (goal <= ${GOAL * 100} %) ${cpuOverhead <= GOAL ? 'OK' : 'OVER'}`,
				'',
			].join('\n'),
		);
	} finally {
		project.dispose();
	}
}

await main();
