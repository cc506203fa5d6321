#!/usr/bin/env node
// Copies Discord's OpenAPI description (and its LICENSE) into dist/, so a published
// @ovenjs/mock-discord finds its spec without the repository's shared/ folder.
// Finds the source the way OpenApiSpec does: OVEN_DISCORD_SPEC, else
// shared/discord-api-spec/openapi.json in this folder or one above it.
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkg, 'dist');

function locate() {
	const fromEnv = process.env.OVEN_DISCORD_SPEC;
	if (fromEnv) return fromEnv;
	let dir = pkg;
	for (let i = 0; i < 6; i += 1) {
		const candidate = join(dir, 'shared', 'discord-api-spec', 'openapi.json');
		if (existsSync(candidate)) return candidate;
		dir = dirname(dir);
	}
	return undefined;
}

const spec = locate();
if (spec === undefined || !existsSync(spec)) {
	console.error('copy-spec: shared/discord-api-spec/openapi.json not found above mock-discord/ (set OVEN_DISCORD_SPEC)');
	process.exit(1);
}
mkdirSync(dist, { recursive: true });
// The source may be read-only; copies keep its mode, so replace them and make them writable.
const copy = (from, to) => {
	rmSync(to, { force: true });
	copyFileSync(from, to);
	chmodSync(to, 0o644);
};
copy(spec, join(dist, 'openapi.json'));
const license = join(dirname(spec), 'LICENSE');
if (existsSync(license)) copy(license, join(dist, 'openapi.LICENSE'));
console.log(`copy-spec: ${spec} -> ${join(dist, 'openapi.json')}`);
