#!/usr/bin/env node
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
	const { main } = await import(built.href);
	process.exitCode = await main(process.argv.slice(2));
} else {
	// A checkout before `npm run build` (see scripts/run-from-source.js).
	const { runFromSource } = await import('../../scripts/run-from-source.js');
	runFromSource(new URL('../src/cli.ts', import.meta.url));
}
