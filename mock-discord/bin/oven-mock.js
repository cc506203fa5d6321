#!/usr/bin/env node
// A checkout before `npm run build` runs the source (see scripts/run-from-source.js).
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/cli.js', import.meta.url))) await import('../dist/cli.js');
else (await import('../../scripts/run-from-source.js')).runFromSource(new URL('../src/cli.ts', import.meta.url));
