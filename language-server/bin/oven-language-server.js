#!/usr/bin/env node
// A checkout before `npm run build` runs the source (see scripts/run-from-source.js).
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/bin.js', import.meta.url))) await import('../dist/bin.js');
else (await import('../../scripts/run-from-source.js')).runFromSource(new URL('../src/bin.ts', import.meta.url));
