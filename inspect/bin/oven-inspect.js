#!/usr/bin/env node
// A checkout before `npm run build` runs the source (see scripts/run-from-source.js).
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/cli.js', import.meta.url)))
	process.exitCode = await (await import('../dist/cli.js')).main(process.argv.slice(2));
else (await import('../../scripts/run-from-source.js')).runFromSource(new URL('../src/cli.ts', import.meta.url));
