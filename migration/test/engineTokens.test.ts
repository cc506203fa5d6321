import { Node, Project, SyntaxKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { clientIntents, runTransforms } from '@ovenjs/migrate';

/**
 * client-intents moves `client.login(token)`'s token into the options only when the token's
 * name is declared before the client. It finds the declarations by walking the file's scopes;
 * this checks that walk against the type checker (which it replaced, for speed) on names
 * declared in every kind of scope, before and after, shadowed, imported and global.
 */
const HEAD = "import { Client } from 'discord.js';\n";

/** Snippets with `CLIENT` where `const c = new Client(…); c.login(TOKEN);` goes, and the token expression. */
const CASES: readonly { readonly name: string; readonly body: string; readonly token: string }[] = [
	{ name: 'const before', body: "const t = 'x';\nCLIENT", token: 't' },
	{ name: 'const after', body: "CLIENT\nconst t = 'x';", token: 't' },
	{ name: 'let before, assigned later', body: "let t;\nt = 'x';\nCLIENT", token: 't' },
	{ name: 'destructured before', body: "const { token: t, other } = { token: 'x', other: 1 };\nCLIENT", token: 't' },
	{ name: 'array-destructured after', body: "CLIENT\nconst [t] = ['x'];", token: 't' },
	{ name: 'property chain on a const before', body: "const cfg = { token: 'x' };\nCLIENT", token: 'cfg.token' },
	{ name: 'property chain on a const after', body: "CLIENT\nconst cfg = { token: 'x' };", token: 'cfg.token' },
	{ name: 'non-null on an import', body: "import { token as t } from './config.js';\nCLIENT", token: 't!' },
	{ name: 'default import', body: "import cfg from './config.js';\nCLIENT", token: 'cfg.token' },
	{ name: 'namespace import', body: "import * as cfg from './config.js';\nCLIENT", token: 'cfg.token' },
	{ name: 'import after the client', body: "CLIENT\nimport { token as t } from './config.js';", token: 't' },
	{ name: 'function declared after (hoisted, but after)', body: "CLIENT\nfunction t() { return 'x'; }", token: 't' },
	{ name: 'function declared before', body: "function t() { return 'x'; }\nCLIENT", token: 't' },
	{ name: 'class before', body: "class T { static token = 'x'; }\nCLIENT", token: 'T.token' },
	{ name: 'enum before', body: "enum T { A = 'x' }\nCLIENT", token: 'T.A' },
	{ name: 'namespace before', body: "namespace T { export const token = 'x'; }\nCLIENT", token: 'T.token' },
	{ name: 'type and const of one name, const before', body: "type T = string;\nconst T = 'x';\nCLIENT", token: 'T' },
	{ name: 'interface after, const before', body: "const T = 'x';\nCLIENT\ninterface T { a: 1 }", token: 'T' },
	{ name: 'parameter', body: 'function start(t: string) {\n\tCLIENT\n}', token: 't' },
	{ name: 'destructured parameter', body: 'function start({ t }: { t: string }) {\n\tCLIENT\n}', token: 't' },
	{ name: 'arrow parameter', body: 'const start = (t: string) => {\n\tCLIENT\n};', token: 't' },
	{
		name: 'var hoisted in the function, declared after',
		body: "function start() {\n\tCLIENT\n\tif (true) { var t = 'x'; }\n}",
		token: 't',
	},
	{
		name: 'var in a loop header, another var of the name after',
		body: "function start() {\n\tfor (var t of ['a']) {\n\t\tCLIENT\n\t}\n\tvar t = 'b';\n}",
		token: 't',
	},
	{
		name: 'vars in two nested blocks, before and after',
		body: "function start() {\n\tif (true) { var t = 'a'; }\n\tCLIENT\n\tif (true) { var t = 'b'; }\n}",
		token: 't',
	},
	{ name: 'var in a nested block before', body: "function start() {\n\tif (true) { var t = 'a'; }\n\tCLIENT\n}", token: 't' },
	{ name: "a namespace's var is not the file's", body: "namespace N { var t = 'a'; }\nCLIENT", token: 't' },
	{ name: 'a let in a nested block is not seen outside', body: "function start() {\n\t{ let t = 'a'; }\n\tCLIENT\n}", token: 't' },
	{ name: 'static block', body: "class K {\n\tstatic {\n\t\tconst t = 'a';\n\t\tCLIENT\n\t}\n}", token: 't' },
	{
		name: 'inner declaration after shadows an outer one before',
		body: "const t = 'a';\nfunction start() {\n\tCLIENT\n\tconst t = 'b';\n}",
		token: 't',
	},
	{
		name: 'outer declaration before, inner block after does not shadow',
		body: "const t = 'a';\nfunction start() {\n\tCLIENT\n\t{ const t = 'b'; }\n}",
		token: 't',
	},
	{ name: 'for-of variable', body: "for (const t of ['a']) {\n\tCLIENT\n}", token: 't' },
	{ name: 'catch variable', body: 'try { } catch (t) {\n\tCLIENT\n}', token: 't' },
	{ name: 'switch case declaration before', body: "switch (1) {\n\tcase 1:\n\t\tconst t = 'x';\n\t\tCLIENT\n}", token: 't' },
	{ name: 'named function expression', body: 'const f = function t() {\n\tCLIENT\n};', token: 't.name' },
	{ name: 'global from another file', body: 'CLIENT', token: 'GLOBAL_TOKEN' },
	{ name: 'declared nowhere', body: 'CLIENT', token: 'nowhere' },
	{ name: 'process.env, always movable', body: 'CLIENT', token: 'process.env.TOKEN' },
];

/** What the type checker says: every declaration of the token's root name is in another file or ends before the client. */
function checkerSaysMovable(project: Project, text: string): boolean {
	const file = project.createSourceFile('oracle.ts', text, { overwrite: true });
	const client = file.getDescendantsOfKind(SyntaxKind.NewExpression)[0];
	const login = file.getDescendantsOfKind(SyntaxKind.CallExpression).find((call) => call.getExpression().getText() === 'c.login');
	let root: Node | undefined = login?.getArguments()[0];
	if (Node.isNonNullExpression(root)) root = root.getExpression();
	while (Node.isPropertyAccessExpression(root)) root = root.getExpression();
	if (client === undefined || !Node.isIdentifier(root)) throw new Error(`bad case: ${text}`);
	if (root.getText() === 'process') return true;
	const declarations = root.getSymbol()?.getDeclarations() ?? [];
	return declarations.length > 0 && declarations.every((d) => d.getSourceFile() !== file || d.getEnd() <= client.getStart());
}

function project(): Project {
	const created = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
	created.createSourceFile('config.ts', "export const token = 'x';\nexport default { token: 'x' };\n");
	created.createSourceFile('globals.d.ts', 'declare const GLOBAL_TOKEN: string;\n');
	return created;
}

describe('client-intents: where the token is declared (syntactic, checked against the type checker)', () => {
	it.each(CASES)('$name', ({ body, token }) => {
		const text = `${HEAD}${body.replace('CLIENT', `const c = new Client({ intents: [] }); c.login(${token});`)}\n`;
		const expected = checkerSaysMovable(project(), text);
		const file = project().createSourceFile('bot.ts', text);
		const todos = runTransforms(file, { transforms: [clientIntents] }).map((todo) => todo.message);
		const moved = file.getFullText().includes(`createClient({ token: ${token}`);
		expect({ moved, todo: todos.some((t) => t.includes('set the token')) }).toEqual({ moved: expected, todo: !expected });
	});

	it('covers both answers', () => {
		const answers = CASES.map(({ body, token }) =>
			checkerSaysMovable(project(), `${HEAD}${body.replace('CLIENT', `const c = new Client({ intents: [] }); c.login(${token});`)}\n`),
		);
		expect(answers.filter(Boolean).length).toBeGreaterThan(8);
		expect(answers.filter((a) => !a).length).toBeGreaterThan(6);
	});
});
