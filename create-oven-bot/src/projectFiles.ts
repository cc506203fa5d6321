import { projectDependencies } from './dependencies.js';
import type { LanguageName } from './templates.js';

/** What the files written from code (not copied from templates/) depend on. */
export interface ProjectFileOptions {
	/** The package name (the folder's, made valid). */
	readonly name: string;
	readonly language: LanguageName;
	/** A folder of `npm pack` output to take OvenJS's packages from (contributors). */
	readonly tarballs?: string;
}

/** The project's package.json: scripts for the mock (`start`), Discord (`dev`), tests and lint. */
export function packageJson({ name, language, tarballs }: ProjectFileOptions): string {
	const scripts =
		language === 'ts'
			? {
					start: 'tsx src/mock.ts',
					dev: 'tsx watch src/index.ts',
					test: 'vitest run',
					lint: 'eslint .',
					typecheck: 'tsc',
					build: 'tsc -p tsconfig.build.json',
				}
			: {
					start: 'node src/mock.js',
					dev: 'node --watch src/index.js',
					test: 'vitest run',
					lint: 'eslint .',
				};
	const pkg = {
		name,
		version: '0.1.0',
		private: true,
		type: 'module',
		engines: { node: '>=20.19' },
		scripts,
		...projectDependencies(language, tarballs),
	};
	return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** ESLint's flat config: OvenJS's rules, type-checked in TypeScript projects. */
export function eslintConfig(language: LanguageName): string {
	if (language === 'js') {
		return `import oven from '@ovenjs/eslint-plugin';

export default [{ ignores: ['node_modules/'] }, oven.configs.recommended];
`;
	}
	return `import oven from '@ovenjs/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
	{ ignores: ['dist/', 'node_modules/'] },
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
		...oven.configs['recommended-type-checked'],
	},
];
`;
}

/** .gitignore (written from code: npm leaves .gitignore files out of published packages). */
export function gitignore(language: LanguageName): string {
	return ['node_modules/', ...(language === 'ts' ? ['dist/'] : []), '.env', ''].join('\n');
}
