import { describe, expect, it } from 'vitest';
import { clientIntents, imports } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('imports', () => {
	it('drops unused names, moves equivalents to ovenjs and adds names other transforms wrote', () => {
		const before = "import { Client, GatewayIntentBits, Message } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nfunction f(m: Message) {}\nclient.login('abc');\n";
		const migrated = run(clientIntents, before).text;
		expect(run(imports, migrated)).toEqual({
			text: "import { Message, createClient } from 'ovenjs';\nconst client = createClient({ token: 'abc', intents: ['Guilds'] });\nfunction f(m: Message) {}\nclient.login();\n",
			todos: [],
		});
	});

	it('imports an equivalent under the local name when OvenJS calls it differently', () => {
		expect(run(imports, "import { GuildMember } from 'discord.js';\nlet m: GuildMember;\n").text).toBe("import { Member as GuildMember } from 'ovenjs';\nlet m: GuildMember;\n");
	});

	it('keeps names with no equivalent from discord.js, with a todo', () => {
		const { text, todos } = run(imports, "import { Collection, EmbedBuilder } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\n");
		expect(text).toBe("import { EmbedBuilder } from 'ovenjs';\nimport { Collection } from 'discord.js';\nconst c = new Collection();\nconst e = new EmbedBuilder();\n");
		expect(todos).toEqual(['still from discord.js (no OvenJS equivalent): Collection.']);
	});

	it('rewrites require destructuring and namespace requires', () => {
		expect(run(imports, "const { Client, Intents } = require('discord.js');\nconst c = createClient({ token: 'x', intents: [] });\n").text).toBe("const { createClient } = require('ovenjs');\nconst c = createClient({ token: 'x', intents: [] });\n");
		const ns = run(imports, "const Discord = require('discord.js');\nconst e = new Discord.MessageEmbed();\nconst c = new Discord.Collection();\n");
		expect(ns.text).toBe("const { EmbedBuilder } = require('ovenjs');\nconst Discord = require('discord.js');\nconst e = new EmbedBuilder();\nconst c = new Discord.Collection();\n");
		expect(ns.todos).toEqual([expect.stringContaining("discord.js's Collection has no OvenJS equivalent"), 'still from discord.js (no OvenJS equivalent): Discord.']);
	});

	it('leaves files without discord.js alone', () => {
		const text = "import { readFile } from 'node:fs';\nreadFile('x', () => {});\n";
		expect(run(imports, text)).toEqual({ text, todos: [] });
	});

	it('keeps type-only imports type-only', () => {
		const text = "import type { Message } from 'discord.js';\nimport { Client, type GuildMember } from 'discord.js';\nlet m: Message;\nlet g: GuildMember;\nconst c = createClient({ token: 'x', intents: [] });\n";
		expect(run(imports, text).text).toBe("import type { Message } from 'ovenjs';\nimport { type Member as GuildMember, createClient } from 'ovenjs';\nlet m: Message;\nlet g: GuildMember;\nconst c = createClient({ token: 'x', intents: [] });\n");
	});

	it('splits a require of discord.js out of a multi-declaration statement', () => {
		const text = "const Discord = require('discord.js'), fs = require('fs');\nconst client = createClient({ token: 'x', intents: [] });\n";
		expect(run(imports, text).text).toBe("const { createClient } = require('ovenjs');\nconst fs = require('fs');\nconst client = createClient({ token: 'x', intents: [] });\n");
	});
});
