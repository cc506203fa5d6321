/**
 * Writes `contributes.configuration` of package.json from the registry of checks
 * (`settingsContribution`): `npm run generate -w ovenjs-vscode`. `test/manifest.test.ts` fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { settingsContribution } from '../src/settings.js';

const path = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8')) as { contributes: Record<string, unknown> };
manifest.contributes['configuration'] = settingsContribution();
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('package.json: contributes.configuration written');
