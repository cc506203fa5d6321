import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { builderJson, jsonContext, staticJson, type JsonValue, type UnresolvedPart } from '@ovenjs/analysis';
import { parse } from './_parse.js';

// The last expression statement of `text`, evaluated without a checker.
function evaluate(text: string): { value: JsonValue | undefined; unresolved: { path: string; text: string }[] } {
	const file = parse(text);
	const last = file.statements[file.statements.length - 1];
	if (last === undefined || !ts.isExpressionStatement(last)) throw new Error('the text must end with an expression');
	const ctx = jsonContext(ts, undefined, builderJson);
	const value = staticJson(ctx, last.expression, 'embeds[0]');
	return { value, unresolved: ctx.unresolved.map((u: UnresolvedPart) => ({ path: u.path, text: u.node.getText() })) };
}

// A program over in-memory files, so the checker can follow imports.
function program(files: Record<string, string>): ts.Program {
	const options: ts.CompilerOptions = {
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		noLib: true,
		types: [],
	};
	const host = ts.createCompilerHost(options, true);
	const base = { ...host };
	host.fileExists = (name) => name in files || base.fileExists(name);
	host.readFile = (name) => files[name] ?? base.readFile(name);
	host.directoryExists = (name) =>
		Object.keys(files).some((file) => file.startsWith(`${name}/`)) || (base.directoryExists?.(name) ?? false);
	host.realpath = (name) => name;
	host.getSourceFile = (name, version) =>
		name in files ? ts.createSourceFile(name, files[name] ?? '', version, true) : base.getSourceFile(name, version);
	return ts.createProgram(Object.keys(files), options, host);
}

describe('staticJson', () => {
	it('evaluates object literals, templates, same-file consts and discord.js spellings', () => {
		const { value, unresolved } = evaluate(
			`const name = 'Oven';\n({ title: \`Hi \${name}\`, color: 0xff0000, footer: { text: 'a' + 'b', iconURL: 'u' }, fields: [{ name: 'n', value: 'v' }] })`,
		);
		expect(value).toEqual({
			title: 'Hi Oven',
			color: 0xff0000,
			footer: { text: 'ab', icon_url: 'u' },
			fields: [{ name: 'n', value: 'v' }],
		});
		expect(unresolved).toEqual([]);
	});

	it('keeps a placeholder for what is only known at run time, and records where', () => {
		const { value, unresolved } = evaluate('({ title: `Hello ${user.name}`, description: user.bio })');
		expect(value).toEqual({ title: 'Hello ${user.name}' });
		expect(unresolved).toEqual([
			{ path: 'embeds[0].title', text: 'user.name' },
			{ path: 'embeds[0].description', text: 'user.bio' },
		]);
	});

	it('reads a string joined with run-time values like a template: the known text and placeholders', () => {
		const { value, unresolved } = evaluate("({ content: 'Hello ' + user.name + ', you have ' + count + ' loaves', color: 1 + size })");
		expect(value).toEqual({ content: 'Hello ${user.name}, you have ${count} loaves' });
		expect(unresolved).toEqual([
			{ path: 'embeds[0].content', text: 'user.name' },
			{ path: 'embeds[0].content', text: 'count' },
			{ path: 'embeds[0].color', text: '1 + size' },
		]);
	});

	it('evaluates embed builder chains, v13 and v14', () => {
		expect(
			evaluate(
				`new EmbedBuilder().setTitle('T').setColor('#00ff00').setFooter({ text: 'F' }).addFields({ name: 'a', value: 'b', inline: true })`,
			).value,
		).toEqual({ title: 'T', color: 0x00ff00, footer: { text: 'F' }, fields: [{ name: 'a', value: 'b', inline: true }] });
		expect(evaluate(`new MessageEmbed().setFooter('F', 'icon').addField('a', 'b', true).setImage('https://x/y.png')`).value).toEqual({
			footer: { text: 'F', icon_url: 'icon' },
			fields: [{ name: 'a', value: 'b', inline: true }],
			image: { url: 'https://x/y.png' },
		});
	});

	it('evaluates component builder chains with their Discord type numbers', () => {
		const { value } = evaluate(
			`new ActionRowBuilder().addComponents(new ButtonBuilder().setCustomId('ok').setLabel('OK').setStyle(ButtonStyle.Primary).setDisabled())`,
		);
		expect(value).toEqual({ type: 1, components: [{ type: 2, custom_id: 'ok', label: 'OK', style: 1, disabled: true }] });
	});

	it('follows constants imported from another file through the checker', () => {
		const p = program({
			'/p/constants.ts': `export const BRAND = 'Oven';\nexport const Theme = { color: 0x123456 } as const;\nexport enum Level { High = 3 }`,
			'/p/embed.ts': `import { BRAND, Theme, Level } from './constants';\nexport const e = { title: \`\${BRAND}!\`, color: Theme.color, fields: [{ name: 'level', value: \`\${Level.High}\` }] };`,
		});
		const file = p.getSourceFile('/p/embed.ts');
		const statement = file?.statements[1];
		if (statement === undefined || !ts.isVariableStatement(statement)) throw new Error('fixture');
		const init = statement.declarationList.declarations[0]?.initializer;
		if (init === undefined) throw new Error('fixture');
		const ctx = jsonContext(ts, p.getTypeChecker(), builderJson);
		expect(staticJson(ctx, init, 'embeds[0]')).toEqual({ title: 'Oven!', color: 0x123456, fields: [{ name: 'level', value: '3' }] });
		expect(ctx.unresolved).toEqual([]);
		// Without a checker, the import cannot be followed and is marked.
		const plain = jsonContext(ts, undefined, builderJson);
		expect(staticJson(plain, init, 'embeds[0]')).toMatchObject({ title: '${BRAND}!' });
		expect(plain.unresolved.map((u) => u.path)).toContain('embeds[0].title');
	});
});
