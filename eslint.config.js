// The project lints itself: typescript-eslint's recommended rules over every package, and its
// own plugin's recommended rules over the code that talks to Discord (src/, examples/).
// Formatting is Prettier's job (`npm run format`), so there are no stylistic rules here.
import oven from '@ovenjs/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Tests, type tests and benchmarks: they build invalid payloads and untyped JSON on purpose. */
const testFiles = ['**/test/**', '**/*.test-d.ts', '**/bench/**', 'extension/e2e/**'];

export default tseslint.config(
	{
		ignores: [
			'**/node_modules/',
			'**/dist/',
			'**/*.d.ts',
			'**/test/fixtures/',
			'extension/e2e/fixture-bot/',
			'extension/.vscode-test/',
			'discord-api-spec/',
			'**/coverage/',
		],
	},
	...tseslint.configs.recommended,
	{
		rules: {
			// `_name` marks a binding kept for its position or to leave it out of a rest object.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
			],
			// A binding declared before the closures that read it, assigned once after them.
			'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
		},
	},
	{
		...oven.configs.recommended,
		ignores: testFiles,
	},
	{
		files: testFiles,
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-empty-object-type': 'off',
			'@typescript-eslint/no-unused-expressions': 'off',
		},
	},
	{
		// `import x = require()` is how a CommonJS entry is written in TypeScript.
		files: ['**/*.cts'],
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
