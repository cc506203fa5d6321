/**
 * Writes `src/checks/index.ts`, the registry's list, from the folders of `src/checks/`: one
 * folder per check, its `index.ts` exporting the row as default. `npm run generate -w
 * @ovenjs/analysis`; `test/registry.test.ts` fails when the file is stale.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checksIndexSource } from '../src/registry/checksIndexSource.js';

const folder = fileURLToPath(new URL('../src/checks/', import.meta.url));
const ids = readdirSync(folder, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
writeFileSync(`${folder}index.ts`, checksIndexSource(ids));
console.log(`src/checks/index.ts: ${ids.length} checks`);
