#!/usr/bin/env node
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
	await import(built.href);
} else {
	// A checkout before `npm run build` (see scripts/run-from-source.js).
	const { runFromSource } = await import('../../scripts/run-from-source.js');
	runFromSource(new URL('../src/bin.ts', import.meta.url));
}
