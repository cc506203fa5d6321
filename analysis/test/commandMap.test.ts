import { describe, expect, it } from 'vitest';
import { findCommandMapProblems, readCommandMap } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

function problems(text: string): string[] {
	return findCommandMapProblems(readCommandMap(ts, [parse(text)], undefined)).map((f) => `${f.code}:${f.data['name']}`);
}

const define = `const ping = new SlashCommandBuilder().setName('ping').setDescription('Ping');\nconst echo = new SlashCommandBuilder().setName('echo').setDescription('Echo');\n`;

describe('readCommandMap', () => {
	it('reports commands no deploy call includes and no handler compares', () => {
		const text = `${define}await rest.put(Routes.applicationCommands(id), { body: [ping.toJSON()] });\nif (interaction.commandName === 'ping') {}`;
		expect(problems(text).sort()).toEqual(['command-not-handled:echo', 'command-not-registered:echo']);
	});

	it("counts discord.js manager deploys and switch handlers, not the guide's Collection", () => {
		const text = `${define}client.commands.set(ping.name, ping);\nclient.application.commands.set([ping, echo]);\nswitch (interaction.commandName) { case 'ping': break; case 'echo': break; }`;
		expect(problems(text)).toEqual([]);
	});

	it('stays silent when a deploy or a handler cannot be followed', () => {
		expect(
			problems(
				`${define}await rest.put(Routes.applicationCommands(id), { body: loadAll() });\nhandlers.get(interaction.commandName)?.(interaction);`,
			),
		).toEqual([]);
	});

	it('does not ask for registration when the project has no deploy call', () => {
		expect(problems(`${define}if (interaction.commandName === 'ping' || interaction.commandName === 'echo') {}`)).toEqual([]);
	});
});
