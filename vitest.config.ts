import { defineConfig } from 'vitest/config';

// Each package with tests has its own vitest.config.ts; `npm test` at the root runs them all.
export default defineConfig({
	test: {
		projects: ['*/vitest.config.ts'],
	},
});
