import { readFile } from 'node:fs/promises';
import { DefaultIds } from '@ovenjs/mock-discord';
import { describe, expect, it } from 'vitest';
import { ThirdPartyRanges } from 'create-oven-bot';
import { MockIds } from '../src/readme.js';

const root = new URL('../../', import.meta.url);

describe('what create-oven-bot writes agrees with the repository', () => {
	it("uses the mock's default ids in the README's requests", () => {
		for (const [name, id] of Object.entries(MockIds)) expect(DefaultIds[name as keyof typeof MockIds], name).toBe(id);
	});

	it('gives projects the third-party ranges the repository is tested with', async () => {
		const { workspaces } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { workspaces: string[] };
		const declared = new Map<string, Set<string>>();
		for (const folder of ['.', ...workspaces]) {
			const pkg = JSON.parse(await readFile(new URL(`${folder}/package.json`, root), 'utf8')) as Record<
				string,
				Record<string, string> | undefined
			>;
			for (const field of ['dependencies', 'devDependencies'])
				for (const [name, range] of Object.entries(pkg[field] ?? {})) declared.set(name, (declared.get(name) ?? new Set()).add(range));
		}
		for (const [name, range] of Object.entries(ThirdPartyRanges)) expect([...(declared.get(name) ?? [])], name).toContain(range);
	});
});
