import { describe, expect, it } from 'vitest';
import { CommandLimits } from 'ovenjs/knowledge';
import { findCommandProblems } from '@ovenjs/analysis';
import { run } from './_parse.js';

const codes = (text: string): string[] => run(findCommandProblems, text).map((f) => f.code);

describe('findCommandProblems', () => {
	it('accepts a valid builder and object', () => {
		expect(
			codes(
				`new SlashCommandBuilder().setName('ping').setDescription('Pong').addStringOption((o) => o.setName('text').setDescription('t').setRequired(true));`,
			),
		).toEqual([]);
		expect(codes(`client.application.commands.create({ name: 'ping', description: 'Pong' });`)).toEqual([]);
	});

	it('reports names, descriptions and upper case with a fix', () => {
		const file = run(findCommandProblems, `commands.set([{ name: 'Ping', description: '' }, { name: 'a b', description: 'd' }]);`);
		expect(file).toEqual([
			{ code: 'command-name-uppercase', text: `'Ping'` },
			{ code: 'command-description-length', text: `''` },
			{ code: 'command-name-invalid', text: `'a b'` },
		]);
	});

	it('reports required after optional, too many choices and choices with autocomplete', () => {
		const choice = `{ name: 'c', value: 'c' }`;
		const text = `new SlashCommandBuilder().setName('x').setDescription('d')
			.addStringOption((o) => o.setName('a').setDescription('a'))
			.addStringOption((o) => o.setName('b').setDescription('b').setRequired(true))
			.addStringOption((o) => o.setName('c').setDescription('c').setAutocomplete(true).addChoices(${Array(CommandLimits.choices.max + 1)
				.fill(choice)
				.join(',')}));`;
		expect(codes(text)).toEqual(['command-required-after-optional', 'command-too-many-choices', 'command-choices-with-autocomplete']);
	});

	it('reports too many options on a raw JSON body and ignores context-menu names', () => {
		const option = `{ type: 3, name: 'o', description: 'o' }`;
		expect(
			codes(
				`rest.put(route, { body: [{ name: 'x', description: 'd', options: [${Array(CommandLimits.options.max + 1)
					.fill(option)
					.join(',')}] }] });`,
			),
		).toEqual(['command-too-many-options']);
		expect(codes(`commands.create({ name: 'Report User', type: 2 });`)).toEqual([]);
		expect(codes(`labels.set('k', { name: 'Not A Command', description: '' });`)).toEqual([]);
		expect(codes(`commands.edit('1', { name: 'Bad Name', description: 'd' });`)).toEqual(['command-name-invalid']);
	});
});

describe('command objects wherever they are defined', () => {
	const codes = (text: string): string[] => run(findCommandProblems, text).map((f) => f.code);

	it('checks the data of a command module, exported or kept in a map', () => {
		expect(codes(`module.exports = { data: { name: 'Ping Pong', description: 'Replies' }, async execute(i) {} };`)).toEqual([
			'command-name-invalid',
		]);
		expect(codes(`commands.set('x', { data: { name: 'ok', description: '' }, run() {} });`)).toEqual(['command-description-length']);
	});

	it('checks exported definitions with application-command options', () => {
		expect(
			codes(
				`export const ban = { name: 'ban', description: 'Ban', options: [{ type: 6, name: 'User', description: 'who', required: true }] };`,
			),
		).toContain('command-name-uppercase');
	});

	it('leaves prefix-command modules and help entries alone', () => {
		expect(codes(`module.exports = { name: 'Ping', description: 'Ping!', execute(message, args) {} };`)).toEqual([]);
		expect(codes(`const help = [{ name: 'Moderation', description: 'Ban and kick' }];`)).toEqual([]);
	});
});
