import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the vendored `openapi.json`. */
export const openApiPath = fileURLToPath(new URL('./openapi.json', import.meta.url));

/** Where the vendored copy came from: repository, commit, date, file, licence. */
export const upstream = JSON.parse(readFileSync(new URL('./UPSTREAM.json', import.meta.url), 'utf8'));
