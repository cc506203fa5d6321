import { defaultServerConditions } from 'vite';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Vite's server conditions without `module`: dependencies are loaded by Node, and a
 * `module` build written for bundlers (e.g. @opentelemetry/api's, whose imports have no
 * file extensions) does not load there.
 */
const CONDITIONS = ['@ovenjs/source', ...defaultServerConditions.filter((condition) => condition !== 'module')];

/**
 * The vitest project config every package uses. The `@ovenjs/source` condition makes a
 * workspace import such as `ovenjs/knowledge` resolve to the TypeScript source, so tests
 * never run against a stale `dist/`.
 */
export function ovenProject(name: string, overrides: UserWorkspaceConfig['test'] = {}): UserWorkspaceConfig {
	return defineProject({
		resolve: { conditions: CONDITIONS },
		ssr: { resolve: { conditions: CONDITIONS } },
		test: {
			name,
			include: ['test/**/*.test.ts'],
			testTimeout: 20_000,
			hookTimeout: 20_000,
			...overrides,
		},
	});
}
