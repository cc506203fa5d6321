import { defaultServerConditions } from 'vite';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The vitest project config every package uses. The `@ovenjs/source` condition makes a
 * workspace import such as `ovenjs/knowledge` resolve to the TypeScript source, so tests
 * never run against a stale `dist/`.
 */
export function ovenProject(name: string, overrides: UserWorkspaceConfig['test'] = {}): UserWorkspaceConfig {
	return defineProject({
		resolve: { conditions: ['@ovenjs/source', ...defaultServerConditions] },
		ssr: { resolve: { conditions: ['@ovenjs/source', ...defaultServerConditions] } },
		test: {
			name,
			include: ['test/**/*.test.ts'],
			testTimeout: 20_000,
			hookTimeout: 20_000,
			...overrides,
		},
	});
}
