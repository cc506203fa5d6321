import { describe, expect, it } from 'vitest';
import { collection } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('collection', () => {
	it('turns new Collection and Collection types into Map, keeping type arguments', () => {
		const text =
			"import { Collection } from 'discord.js';\nconst commands: Collection<string, Command> = new Collection<string, Command>();\ncommands.set('ping', ping);\nconst c = commands.get('ping');\n";
		expect(run(collection, text)).toEqual({
			text: "import { Collection } from 'discord.js';\nconst commands: Map<string, Command> = new Map<string, Command>();\ncommands.set('ping', ping);\nconst c = commands.get('ping');\n",
			todos: [],
		});
	});

	it('rewrites first(), last() and one-parameter find/some/map/filter on the Map, through v13 namespaces and properties', () => {
		const text =
			"const Discord = require('discord.js');\nclient.commands = new Discord.Collection();\nconst a = client.commands.first();\nconst b = client.commands.last();\nconst c = client.commands.find((cmd) => cmd.name === 'x');\nconst d = client.commands.map((cmd) => cmd.name);\nconst e = client.commands.filter((cmd) => cmd.admin);\n";
		expect(run(collection, text, 'v13').text).toBe(
			"const Discord = require('discord.js');\nclient.commands = new Map();\nconst a = client.commands.values().next().value;\nconst b = [...client.commands.values()].at(-1);\nconst c = [...client.commands.values()].find((cmd) => cmd.name === 'x');\nconst d = [...client.commands.values()].map((cmd) => cmd.name);\nconst e = new Map([...client.commands].filter(([, value]) => ((cmd) => cmd.admin)(value)));\n",
		);
	});

	it('marks Collection-only methods it cannot rewrite, on class properties too', () => {
		const text =
			"import { Collection } from 'discord.js';\nclass Bot {\n\tcooldowns = new Collection();\n\tclean() { return this.cooldowns.sweep((t) => t < Date.now()) + this.cooldowns.find((v, k) => k === 'a'); }\n}\n";
		expect(run(collection, text).todos).toEqual([
			expect.stringContaining('`this.cooldowns.sweep((t) => t < Date.now())`: sweep() is Collection-only and this.cooldowns is now a Map'),
			expect.stringContaining('find() is Collection-only'),
		]);
	});

	it('leaves a Collection that is not discord.js alone', () => {
		const text = "import { Collection } from '@discordjs/collection-fork';\nconst c = new Collection();\nc.first();\n";
		expect(run(collection, text)).toEqual({ text, todos: [] });
	});
});
