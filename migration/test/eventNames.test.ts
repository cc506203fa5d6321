import { describe, expect, it } from 'vitest';
import { eventNames } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('event-names', () => {
	it('keeps names that are already OvenJS names', () => {
		const text = "import { Client } from 'discord.js';\nclient.on('messageCreate', (m) => m);\nclient.once('guildCreate', g);\n";
		expect(run(eventNames, text)).toEqual({ text, todos: [] });
	});

	it("rewrites discord.js's Events enum, including the members whose value is not their name", () => {
		const text =
			"import { Events } from 'discord.js';\nclient.on(Events.MessageCreate, f);\nclient.on(Events.GuildRoleCreate, f);\nclient.on(Events.MessageBulkDelete, f);\nclient.once(Events.ClientReady, f);\n";
		expect(run(eventNames, text).text).toBe(
			"import { Events } from 'discord.js';\nclient.on('messageCreate', f);\nclient.on('guildRoleCreate', f);\nclient.on('messageDeleteBulk', f);\nclient.once('ready', f);\n",
		);
	});

	it('follows an aliased or required Events', () => {
		expect(run(eventNames, "import { Events as E } from 'discord.js';\nclient.on(E.InteractionCreate, f);\n").text).toContain(
			"client.on('interactionCreate', f)",
		);
		expect(run(eventNames, "const { Events } = require('discord.js');\nclient.on(Events.GuildMemberAdd, f);\n").text).toContain(
			"client.on('guildMemberAdd', f)",
		);
	});

	it('leaves an Events object that is not discord.js alone', () => {
		const text = "import { Events } from './my-events';\nbus.on(Events.MessageCreate, f);\n";
		expect(run(eventNames, text).text).toBe(text);
	});

	it("renames v13's message and interaction events only when migrating from v13", () => {
		const text = "client.on('message', f);\nclient.on('interaction', g);\n";
		expect(run(eventNames, text, 'v13').text).toBe("client.on('messageCreate', f);\nclient.on('interactionCreate', g);\n");
		expect(run(eventNames, text, 'v14').text).toBe("client.on('message', f);\nclient.on('interactionCreate', g);\n");
	});

	it('renames role and bulk-delete events to their dispatch names', () => {
		expect(run(eventNames, "client.on('roleDelete', f);\nclient.on('messageDeleteBulk', f);\n").text).toBe(
			"client.on('guildRoleDelete', f);\nclient.on('messageDeleteBulk', f);\n",
		);
	});

	it('marks events discord.js makes out of one dispatch', () => {
		const { text, todos } = run(eventNames, "client.on('emojiCreate', f);\n");
		expect(text).toBe("client.on('guildEmojisUpdate', f);\n");
		expect(todos).toEqual([expect.stringContaining("'emojiCreate' is one of several events it makes from GUILD_EMOJIS_UPDATE")]);
	});

	it('marks an Events member it does not know', () => {
		const { text, todos } = run(eventNames, "import { Events } from 'discord.js';\nclient.on(Events.CacheSweep, f);\n");
		expect(text).toContain('Events.CacheSweep');
		expect(todos).toEqual([expect.stringContaining("'cacheSweep' has no OvenJS equivalent")]);
	});

	it("names events in handler modules (Events.X and discord.js's names), and gives a ready listener's parameter the client OvenJS does not pass", () => {
		const module =
			"const { Events } = require('discord.js');\nmodule.exports = { name: Events.ClientReady, once: true, execute(c) { console.log(c.user.username); } };\n";
		expect(run(eventNames, module, 'v14', 'ready.js').text).toBe(
			"const { Events } = require('discord.js');\nmodule.exports = { name: 'ready', once: true, execute(c) { console.log(c.user.username); } };\n",
		);
		expect(run(eventNames, "module.exports = { name: 'clientReady', execute() {} };\nconst other = { name: 'clientReady' };\n").text).toBe(
			"module.exports = { name: 'ready', execute() {} };\nconst other = { name: 'clientReady' };\n",
		);
		const listeners =
			"import { Client, Events } from 'discord.js';\nclient.once(Events.ClientReady, (readyClient: Client<true>) => console.log(readyClient.user.tag));\nclient.once('ready', c => c.user);\nclient.on('ready', function (c) { return c; });\nclient.on('ready', async (c) => c);\nclient.on('ready', async c => c);\n";
		expect(run(eventNames, listeners).text).toBe(
			"import { Client, Events } from 'discord.js';\nclient.once('ready', (readyClient: Client<true> = client) => console.log(readyClient.user.tag));\nclient.once('ready', (c = client) => c.user);\nclient.on('ready', function (c = client) { return c; });\nclient.on('ready', async (c = client) => c);\nclient.on('ready', async (c = client) => c);\n",
		);
	});

	it("passes a handler module only the event's data where a loader adds arguments after them (OvenJS adds the shard id)", () => {
		const loader =
			'for (const event of events) {\n\tif (event.once) client.once(event.name, (...args) => event.execute(...args, client));\n\telse client.on(event.name, async (...args) => { await event.execute(...args); log(...args, 1); });\n}\n';
		expect(run(eventNames, loader).text).toBe(
			'for (const event of events) {\n\tif (event.once) client.once(event.name, (...args) => event.execute(...args.slice(0, 1), client));\n\telse client.on(event.name, async (...args) => { await event.execute(...args); log(...args.slice(0, 1), 1); });\n}\n',
		);
	});
});
