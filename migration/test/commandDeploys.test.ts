import { describe, expect, it } from 'vitest';
import { commandDeploys } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('command-deploys', () => {
	it('turns a v14 guild and global deploy into syncCommands over an API', () => {
		const text =
			"import { REST, Routes } from 'discord.js';\nconst rest = new REST({ version: '10' }).setToken(token);\nawait rest.put(Routes.applicationGuildCommands(clientId, guildId), { body: commands });\nawait rest.put(Routes.applicationCommands(clientId), { body });\n";
		expect(run(commandDeploys, text)).toEqual({
			text: "import { REST, Routes } from 'discord.js';\nconst rest = new REST({ version: 10 }).setToken(token);\nawait syncCommands(new API(rest), clientId, commands, { guildId });\nawait syncCommands(new API(rest), clientId, body);\n",
			todos: [],
		});
	});

	it('reads v13 deploys (@discordjs/rest, discord-api-types/v9) and a promise chain that ignores the result', () => {
		const text =
			"const { REST } = require('@discordjs/rest');\nconst { Routes } = require('discord-api-types/v9');\nconst rest = new REST({ version: '9' }).setToken(token);\nrest.put(Routes.applicationGuildCommands(clientId, config.guild), { body: commands })\n\t.then(() => console.log('ok'))\n\t.catch(console.error);\n";
		expect(run(commandDeploys, text, 'v13')).toEqual({
			text: "const { REST } = require('@discordjs/rest');\nconst { Routes } = require('discord-api-types/v9');\nconst rest = new REST({ version: 9 }).setToken(token);\nsyncCommands(new API(rest), clientId, commands, { guildId: config.guild })\n\t.then(() => console.log('ok'))\n\t.catch(console.error);\n",
			todos: [],
		});
	});

	it("uses the client's API for client.rest, and marks a result that is read", () => {
		const text =
			"import { Routes } from 'discord.js';\nconst data = await client.rest.put(Routes.applicationCommands(client.user.id), { body: commands });\nconsole.log(data.map((c) => c.id));\n";
		const { text: out, todos } = run(commandDeploys, text);
		expect(out).toContain('const data = await syncCommands(client.api, client.user.id, commands);');
		expect(todos).toEqual([expect.stringContaining('syncCommands resolves to { action, added, removed, changed }')]);
	});

	it('marks other requests built with Routes and REST options OvenJS lacks', () => {
		const text =
			"import { REST, Routes } from 'discord.js';\nconst rest = new REST({ version: '10', rejectOnRateLimit: ['/channels'] });\nawait rest.delete(Routes.applicationCommand(appId, commandId));\nawait rest.put(Routes.applicationCommands(appId), { body, headers });\n";
		const { text: out, todos } = run(commandDeploys, text);
		expect(out).toContain('await rest.delete(Routes.applicationCommand(appId, commandId));');
		expect(todos).toEqual([
			expect.stringContaining("REST option `rejectOnRateLimit: ['/channels']` has no OvenJS equivalent"),
			expect.stringContaining(
				"`rest.delete(Routes.applicationCommand(appId, commandId))`: OvenJS's REST takes paths, not discord.js Routes",
			),
			expect.stringContaining("OvenJS's REST takes paths, not discord.js Routes"),
		]);
	});

	it('writes ovenAPI when the file declares API itself, and leaves other REST clients alone', () => {
		expect(
			run(
				commandDeploys,
				"import { REST, Routes } from 'discord.js';\nconst API = 'x';\nawait rest.put(Routes.applicationCommands(id), { body: [] });\n",
			).text,
		).toContain('await syncCommands(new ovenAPI(rest), id, []);');
		const other =
			"import { REST } from './rest';\nimport { Routes } from './routes';\nconst r = new REST({ version: '10' });\nawait r.put(Routes.applicationCommands(id), { body: [] });\n";
		expect(run(commandDeploys, other)).toEqual({ text: other, todos: [] });
	});

	it("rewrites the discord.js guide's deploy, whose result is read only for its length, without a todo", () => {
		const text =
			"const { REST, Routes } = require('discord.js');\nconst rest = new REST().setToken(token);\n(async () => {\n\tconst data = await rest.put(Routes.applicationGuildCommands(clientId, guildId), { body: commands });\n\tconsole.log(`Successfully reloaded ${data.length} application (/) commands.`);\n})();\n";
		expect(run(commandDeploys, text)).toEqual({
			text: "const { REST, Routes } = require('discord.js');\nconst rest = new REST().setToken(token);\n(async () => {\n\tconst data = await syncCommands(new API(rest), clientId, commands, { guildId });\n\tconsole.log(`Successfully reloaded ${commands.length} application (/) commands.`);\n})();\n",
			todos: [],
		});
	});
});
