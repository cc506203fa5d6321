import { describe, expect, it } from 'vitest';
import { clientIntents } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('client-intents', () => {
	it('turns a v14 client into createClient with intent names and moves the token', () => {
		const text =
			"import { Client, GatewayIntentBits } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });\nclient.login(process.env.TOKEN);\n";
		expect(run(clientIntents, text)).toEqual({
			text: "import { Client, GatewayIntentBits } from 'discord.js';\nconst client = createClient({ token: process.env.TOKEN!, intents: ['Guilds', 'GuildMessages'] });\nclient.login();\n",
			todos: [],
		});
	});

	it("reads v13's Intents.FLAGS, new Intents([...]) and legacy names through a namespace", () => {
		const text =
			"const Discord = require('discord.js');\nconst client = new Discord.Client({ intents: new Discord.Intents([Discord.Intents.FLAGS.GUILDS, Discord.Intents.FLAGS.GUILD_BANS, 'GUILD_MESSAGES']) });\nclient.login('abc');\n";
		expect(run(clientIntents, text, 'v13').text).toContain(
			"createClient({ token: 'abc', intents: ['Guilds', 'GuildModeration', 'GuildMessages'] })",
		);
	});

	it('turns numeric bitfields and | of flags into names', () => {
		expect(
			run(clientIntents, "import { Client } from 'discord.js';\nconst c = new Client({ intents: 513 });\nc.login(t);\n").text,
		).toContain("intents: ['Guilds', 'GuildMessages']");
		expect(
			run(
				clientIntents,
				"import { Client, Intents } from 'discord.js';\nconst c = new Client({ intents: Intents.FLAGS.GUILDS | Intents.FLAGS.DIRECT_MESSAGES });\n",
			).text,
		).toContain("intents: ['Guilds', 'DirectMessages']");
		expect(
			run(clientIntents, "import { Client } from 'discord.js';\nconst c = new Client({ intents: (1 << 0) | (1 << 15) });\n").text,
		).toContain("intents: ['Guilds', 'MessageContent']");
	});

	it('marks a bitfield with bits no intent has, and intents that are not constant', () => {
		const bad = run(
			clientIntents,
			"import { Client } from 'discord.js';\nconst c = new Client({ intents: 1 << 30 });\nc.login(token);\nconst token = 'x';\n",
		);
		expect(bad.text).toContain('intents: 1 << 30');
		expect(bad.todos).toEqual([expect.stringContaining('is not a constant list'), expect.stringContaining('set the token')]);
		expect(run(clientIntents, "import { Client } from 'discord.js';\nconst c = new Client({ intents: myIntents });\n").todos[0]).toContain(
			'is not a constant list',
		);
	});

	it('drops partials and options with no equivalent, with todos; keeps shards', () => {
		const { text, todos } = run(
			clientIntents,
			"import { Client, Partials } from 'discord.js';\nconst c = new Client({ intents: [], partials: [Partials.Channel], shards: 'auto', allowedMentions: { parse: [] } });\nc.login(cfg.token);\nconst cfg = { token: 'x' };\n",
		);
		expect(text).toContain(
			"c = createClient({ token: process.env.DISCORD_TOKEN ?? '', intents: [], shards: 'auto' });\nc.login(cfg.token);",
		);
		expect(todos).toEqual([
			expect.stringContaining('partials removed'),
			expect.stringContaining("allowedMentions (`{ parse: [] }`) removed: OvenJS's client has no default for it"),
			expect.stringContaining('set the token'),
		]);
	});

	it('leaves a Client that is not discord.js alone', () => {
		const text = "import { Client } from 'pg';\nconst db = new Client({ host: 'x' });\n";
		expect(run(clientIntents, text)).toEqual({ text, todos: [] });
	});

	it('follows a client kept in a class field', () => {
		const text =
			"import { Client, GatewayIntentBits as G } from 'discord.js';\nclass Bot {\n\tclient = new Client({ intents: [G.Guilds] });\n\tstart() { return this.client.login(process.env.T); }\n}\n";
		expect(run(clientIntents, text)).toEqual({
			text: "import { Client, GatewayIntentBits as G } from 'discord.js';\nclass Bot {\n\tclient = createClient({ token: process.env.T!, intents: ['Guilds'] });\n\tstart() { return this.client.login(); }\n}\n",
			todos: [],
		});
	});

	it('adds an empty intents list, with a todo, when the client had none', () => {
		const { text, todos } = run(clientIntents, "import { Client } from 'discord.js';\nconst c = new Client({});\nc.login('x');\n");
		expect(text).toContain("const c = createClient({ token: 'x', intents: [] });");
		expect(todos).toEqual([expect.stringContaining('the client had no intents')]);
	});

	it("reads DISCORD_TOKEN, as discord.js's login() does, when login has no argument", () => {
		expect(run(clientIntents, "import { Client } from 'discord.js';\nconst c = new Client({ intents: [] });\nc.login();\n")).toEqual({
			text: "import { Client } from 'discord.js';\nconst c = createClient({ token: process.env.DISCORD_TOKEN!, intents: [] });\nc.login();\n",
			todos: [],
		});
	});
});
