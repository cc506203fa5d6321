import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import {
	actionRow,
	button,
	type Channel,
	createClient,
	type Guild,
	type Interaction,
	type InteractionOptions,
	type Member,
	type Message,
	ModalBuilder,
	stringSelect,
	textInput,
	toSnowflake,
} from 'ovenjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fastShards, nextCall, startMock, until } from './_setup.js';

let mock: MockDiscord;
const cleanup: (() => Promise<void>)[] = [];

beforeEach(async () => {
	mock = await startMock();
});
afterEach(async () => {
	await Promise.all(cleanup.splice(0).map((f) => f()));
	await mock.close();
});

/** A client with the cache off: every view below works from payloads and the API alone. */
async function uncachedBot() {
	const client = createClient({
		token: mock.token,
		intents: ['Guilds', 'GuildMessages', 'GuildMembers', 'MessageContent'],
		api: mock.api,
		shard: fastShards,
		cache: false,
	});
	cleanup.push(() => client.destroy());
	await client.login();
	expect(client.cache).toBeUndefined();
	return client;
}

async function received(client: Awaited<ReturnType<typeof uncachedBot>>, content: string): Promise<Message> {
	const next = nextCall<[Message, number]>();
	client.once('messageCreate', next.listener);
	await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content });
	return (await next.called)[0];
}

describe('Message', () => {
	it('edit(), react() and delete() reach the mock', async () => {
		const client = await uncachedBot();
		const incoming = await received(client, 'hello');
		await incoming.react('👍');
		const sent = await incoming.channel.send('first draft');
		expect(sent.channelId).toBe(DefaultIds.general);
		const edited = await sent.edit('final');
		expect(edited.content).toBe('final');
		let stored = await mock.messages(DefaultIds.general);
		expect(stored.find((m) => m.id === sent.id)?.content).toBe('final');
		expect(stored.find((m) => m.id === incoming.id)?.reactions?.[0]?.emoji.name).toBe('👍');
		await sent.delete();
		stored = await mock.messages(DefaultIds.general);
		expect(stored.some((m) => m.id === sent.id)).toBe(false);
	});

	it('author, member, channel and guild work with no cache', async () => {
		const client = await uncachedBot();
		const message = await received(client, 'who am i');
		expect(message.author.username).toBe('alice');
		expect(message.member?.guildId).toBe(DefaultIds.guild);
		expect(message.member?.user?.id).toBe(DefaultIds.alice);
		expect(message.channel.id).toBe(DefaultIds.general);
		expect(message.channel.name).toBeUndefined(); // not cached, not fetched
		expect(message.guild?.id).toBe(DefaultIds.guild);
		expect(message.raw.content).toBe('who am i');
	});
});

describe('Message.reply()', () => {
	it("references the message with Discord's defaults, as discord.js does; failIfNotExists: false opts out", async () => {
		const client = await uncachedBot();
		const incoming = await received(client, 'reply to me');
		await incoming.reply('first');
		await incoming.reply('second', { failIfNotExists: false });
		const posts = (await mock.requests()).filter((r) => r.method === 'POST' && r.path.endsWith(`/channels/${DefaultIds.general}/messages`));
		expect(posts.map((r) => r.body)).toEqual([
			{ content: 'first', message_reference: { message_id: incoming.id } },
			{ content: 'second', message_reference: { message_id: incoming.id, fail_if_not_exists: false } },
		]);
		const stored = await mock.messages(DefaultIds.general);
		expect(stored.find((m) => m.content === 'first')?.message_reference?.message_id).toBe(incoming.id);
	});
});

describe('Channel and Guild', () => {
	it('channel.messages.fetch() pages and fetches one, as Message views', async () => {
		const client = await uncachedBot();
		const incoming = await received(client, 'to fetch');
		const list = await incoming.channel.messages.fetch({ limit: 5 });
		expect(list[0]?.id).toBe(incoming.id);
		expect(list[0]?.content).toBe('to fetch');
		const one = await incoming.channel.messages.fetch(incoming.id);
		expect(one.author.id).toBe(DefaultIds.alice);
	});

	it('guild.members.fetch() by id and as a page', async () => {
		const client = await uncachedBot();
		const message = await received(client, 'members');
		const guild = message.guild as Guild;
		const bob = await guild.members.fetch(toSnowflake<'User'>(DefaultIds.bob));
		expect(bob.user?.username).toBe('bob');
		expect(bob.roles.ids).toContain(DefaultIds.moderatorRole);
		const page = await guild.members.fetch({ limit: 10 });
		expect(page.map((m) => m.id)).toEqual(expect.arrayContaining([DefaultIds.alice, DefaultIds.bob, DefaultIds.carol]));
	});

	it('guildCreate gives a Guild view with the payload channels and roles', async () => {
		const client = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api, shard: fastShards, cache: false });
		cleanup.push(() => client.destroy());
		const guilds: Guild[] = [];
		const channels: Channel[] = [];
		client.on('guildCreate', (guild) => void guilds.push(guild));
		client.on('channelCreate', (channel) => void channels.push(channel));
		await client.login();
		const guild = await until(() => guilds[0]);
		expect(guild.id).toBe(DefaultIds.guild);
		expect(guild.name).toBe('Oven Test Guild');
		expect(guild.channels.list().map((c) => c.id)).toContain(DefaultIds.general);
		expect(guild.channels.get(toSnowflake<'Channel'>(DefaultIds.general))?.name).toBe('general');
		expect(guild.roles.list().map((r) => r.id)).toContain(DefaultIds.moderatorRole);
		await client.rest.post(`/guilds/${DefaultIds.guild}/channels`, { body: { name: 'new-one', type: 0 } });
		const channel = await until(() => channels[0]);
		expect(channel.name).toBe('new-one');
		expect(channel.guildId).toBe(DefaultIds.guild);
	});
});

describe('Member', () => {
	it('roles.add() and roles.remove() change the member at the mock', async () => {
		const client = await uncachedBot();
		const message = await received(client, 'give me a role');
		const member = message.member as Member;
		const role = toSnowflake<'Role'>(DefaultIds.moderatorRole);
		await member.roles.add(role);
		expect(mock.world.member(DefaultIds.guild, DefaultIds.alice).roles).toContain(DefaultIds.moderatorRole);
		await member.roles.remove(role);
		expect(mock.world.member(DefaultIds.guild, DefaultIds.alice).roles).not.toContain(DefaultIds.moderatorRole);
	});

	it("permissions: the guild-wide permissions from the cached guild and roles, as discord.js's member.permissions", async () => {
		const client = createClient({
			token: mock.token,
			intents: ['Guilds', 'GuildMessages', 'MessageContent'],
			api: mock.api,
			shard: fastShards,
		});
		cleanup.push(() => client.destroy());
		await client.login();
		const byAuthor = new Map<string, Member | undefined>();
		client.on('messageCreate', (message) => void byAuthor.set(message.author.id, message.member));
		for (const author of [DefaultIds.alice, DefaultIds.bob, DefaultIds.carol])
			await mock.sendMessage({ author_id: author, channel_id: DefaultIds.general, content: 'perms?' });
		await until(() => (byAuthor.size === 3 ? true : undefined));
		// alice owns the guild; bob is a Moderator (BanMembers); carol has @everyone only.
		expect(byAuthor.get(DefaultIds.alice)?.permissions?.has('Administrator')).toBe(true);
		expect(byAuthor.get(DefaultIds.bob)?.permissions?.has('BanMembers')).toBe(true);
		expect(byAuthor.get(DefaultIds.bob)?.permissions?.has('Administrator')).toBe(false);
		expect(byAuthor.get(DefaultIds.carol)?.permissions?.has('BanMembers')).toBe(false);
		expect(byAuthor.get(DefaultIds.carol)?.permissions?.has('SendMessages')).toBe(true);
	});

	it('permissions is undefined when the guild is not cached', async () => {
		const client = await uncachedBot();
		const message = await received(client, 'perms?');
		expect(message.member?.permissions).toBeUndefined();
	});

	it('guildMemberAdd gives a Member view', async () => {
		const client = await uncachedBot();
		const next = nextCall<[Member, number]>();
		client.on('guildMemberAdd', next.listener);
		const user = await mock.addUser({ username: 'dana' });
		await mock.addMember({ guild_id: DefaultIds.guild, user_id: user.id, nick: 'D' });
		const [member] = await next.called;
		expect(member.id).toBe(user.id);
		expect(member.displayName).toBe('D');
		expect(member.guild.id).toBe(DefaultIds.guild);
	});
});

describe('Interaction', () => {
	it('interaction.reply() answers the callback', async () => {
		const client = await uncachedBot();
		await client.rest.post(`/applications/${mock.applicationId}/commands`, { body: { name: 'ping', description: 'Replies with pong' } });
		const next = nextCall<[Interaction, number]>();
		client.on('interactionCreate', next.listener);
		const { id } = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			guild_id: DefaultIds.guild,
			name: 'ping',
		});
		const [interaction] = await next.called;
		expect(interaction.id).toBe(id);
		if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
		expect(interaction.commandName).toBe('ping');
		expect(interaction.user.id).toBe(DefaultIds.alice);
		expect(interaction.member?.guildId).toBe(DefaultIds.guild);
		const reply = await interaction.reply({ content: 'pong', ephemeral: true });
		expect(reply.content).toBe('pong');
		const report = await mock.interaction(id);
		expect(report.responses).toEqual([{ type: 4, data: { content: 'pong', flags: 64 } }]);
		expect(reply.id).toBe(report.original?.id);
	});
});

describe('Interaction answers beyond reply()', () => {
	/** A bot with /ticket registered whose next interaction is handed to `handle`. */
	async function ticketBot(handle: (interaction: Interaction) => Promise<void>) {
		const client = await uncachedBot();
		await client.rest.put(`/applications/${mock.applicationId}/commands`, { body: [{ name: 'ticket', description: 'Open a ticket' }] });
		const failures: unknown[] = [];
		client.on('interactionCreate', (interaction) => void handle(interaction).catch((error: unknown) => failures.push(error)));
		return { client, failures };
	}
	const answered = async (id: string) =>
		until(async () => ((await mock.interaction(id)).responses.length > 0 ? mock.interaction(id) : undefined));

	it('showModal() (a builder or its JSON), fields on the submit, update() on a button click', async () => {
		const { client, failures } = await ticketBot(async (interaction) => {
			if (interaction.isChatInputCommand())
				await interaction.reply({
					content: 'Need help?',
					components: [actionRow(button({ custom_id: 'open', label: 'Open', style: 'primary' }))],
				});
			else if (interaction.isButton() && interaction.customId === 'open') {
				await interaction.showModal(
					new ModalBuilder('form', 'New ticket').addComponents(
						actionRow({ ...textInput({ custom_id: 'subject', style: 'short' }), label: 'Subject' }),
					),
				);
			} else if (interaction.isModalSubmit())
				await interaction.reply(
					`subject: ${interaction.fields.getTextInputValue('subject')}, missing: ${String(interaction.fields.getField('nope'))}`,
				);
			else if (interaction.isButton() && interaction.customId === 'close') await interaction.update({ content: 'closed', components: [] });
		});
		const command = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'ticket',
		});
		const prompt = (await answered(command.id)).original;
		expect(prompt?.content).toBe('Need help?');
		const click = await mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: prompt!.id,
			custom_id: 'open',
			component_type: 2,
		});
		expect((await answered(click.id)).responses[0]).toMatchObject({ type: 9, data: { custom_id: 'form', title: 'New ticket' } });
		const submit = await mock.interact({
			type: 'modal_submit',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			custom_id: 'form',
			components: [{ type: 1, components: [{ type: 4, custom_id: 'subject', value: 'printer' }] }],
		});
		expect((await answered(submit.id)).responses[0]).toEqual({ type: 4, data: { content: 'subject: printer, missing: undefined' } });
		const own = await client.api.channels.createMessage(DefaultIds.general, {
			content: 'ticket',
			components: [actionRow(button({ custom_id: 'close', label: 'Close', style: 'danger' }))],
		});
		const close = await mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: own.id,
			custom_id: 'close',
			component_type: 2,
		});
		expect((await answered(close.id)).responses[0]).toEqual({ type: 7, data: { content: 'closed', components: [] } });
		expect((await mock.messages(DefaultIds.general)).find((m) => m.id === own.id)).toMatchObject({ content: 'closed', components: [] });
		expect(failures).toEqual([]);
	});

	it('options: reads command options by name as discord.js does, with typed errors', async () => {
		let options: InteractionOptions | undefined;
		const { client, failures } = await ticketBot(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			options = interaction.options;
			await interaction.reply('ok');
		});
		const option = (type: number, name: string) => ({ type, name, description: name });
		await client.rest.put(`/applications/${mock.applicationId}/commands`, {
			body: [
				{
					name: 'admin',
					description: 'Admin',
					options: [{ ...option(1, 'ban'), options: [option(6, 'user'), option(3, 'reason'), option(4, 'days'), option(5, 'silent')] }],
				},
			],
		});
		const command = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'admin',
			options: [
				{
					type: 1,
					name: 'ban',
					options: [
						{ type: 6, name: 'user', value: DefaultIds.bob },
						{ type: 3, name: 'reason', value: 'spam' },
						{ type: 4, name: 'days', value: 7 },
					],
				},
			],
		});
		await answered(command.id);
		expect(options?.getSubcommand()).toBe('ban');
		expect(options?.getSubcommandGroup()).toBeNull();
		expect(options?.getString('reason', true)).toBe('spam');
		expect(options?.getInteger('days')).toBe(7);
		expect(options?.getNumber('days')).toBe(7);
		expect(options?.getBoolean('silent')).toBeNull();
		expect(options?.getUser('user')?.id).toBe(DefaultIds.bob);
		expect(options?.getMember('user')?.roles.ids).toContain(DefaultIds.moderatorRole);
		expect(() => options?.getString('days')).toThrow(
			expect.objectContaining({ code: 'CLIENT_COMMAND_OPTION', message: 'Option "days" is of type Integer, not string.' }),
		);
		expect(() => options?.getBoolean('silent', true)).toThrow('The required option "silent" was not given.');
		expect(failures).toEqual([]);
	});

	it("values: a select menu's picked values, as discord.js's; empty for a button", async () => {
		const seen: (readonly string[])[] = [];
		const { client, failures } = await ticketBot(async (interaction) => {
			if (!interaction.isMessageComponent()) return;
			seen.push(interaction.values);
			await interaction.deferUpdate();
		});
		const menu = await client.api.channels.createMessage(DefaultIds.general, {
			content: 'pick',
			components: [
				actionRow(
					stringSelect({
						custom_id: 'pick',
						options: [
							{ label: 'A', value: 'a' },
							{ label: 'B', value: 'b' },
						],
						max_values: 2,
					}),
				),
			],
		});
		const picked = await mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: menu.id,
			custom_id: 'pick',
			values: ['b', 'a'],
		});
		await answered(picked.id);
		const click = await mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: menu.id,
			custom_id: 'pick',
			component_type: 2,
		});
		await answered(click.id);
		expect(seen).toEqual([['b', 'a'], []]);
		expect(failures).toEqual([]);
	});

	it('deferReply() then editReply() and an ephemeral followUp(); deferUpdate() on a click', async () => {
		const messages: Message[] = [];
		const { failures } = await ticketBot(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				await interaction.deferReply();
				messages.push(await interaction.editReply('done'));
				messages.push(await interaction.followUp({ content: 'psst', ephemeral: true }));
			} else if (interaction.isMessageComponent()) {
				await interaction.deferUpdate();
			}
		});
		const command = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.bob,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'ticket',
		});
		const report = await until(async () => {
			const found = await mock.interaction(command.id);
			return found.followups.length > 0 ? found : undefined;
		});
		expect(report.responses).toEqual([{ type: 5 }]);
		expect(report.original?.content).toBe('done');
		expect(report.followups[0]).toMatchObject({ content: 'psst', flags: 64 });
		await until(() => (messages.length === 2 ? true : undefined));
		expect(messages.map((m) => m.content)).toEqual(['done', 'psst']);
		const click = await mock.interact({
			type: 'message_component',
			user_id: DefaultIds.bob,
			channel_id: DefaultIds.general,
			message_id: report.original!.id,
			custom_id: 'any',
			component_type: 2,
		});
		expect((await answered(click.id)).responses).toEqual([{ type: 6 }]);
		expect(failures).toEqual([]);
	});
});

describe('MESSAGE_CONTENT', () => {
	it('without the intent, content Discord masked is undefined; with it, a string', async () => {
		const masked = createClient({ token: mock.token, intents: ['Guilds', 'GuildMessages'], api: mock.api, shard: fastShards });
		const full = createClient({
			token: mock.token,
			intents: ['Guilds', 'GuildMessages', 'MessageContent'],
			api: mock.api,
			shard: fastShards,
		});
		cleanup.push(
			() => masked.destroy(),
			() => full.destroy(),
		);
		await Promise.all([masked.login(), full.login()]);
		const maskedNext = nextCall<[Message<string | undefined>, number]>();
		const fullNext = nextCall<[Message<string>, number]>();
		masked.once('messageCreate', maskedNext.listener);
		full.once('messageCreate', fullNext.listener);
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'secret' });
		const [hidden] = await maskedNext.called;
		const [shown] = await fullNext.called;
		expect(hidden.raw.content).toBe('');
		expect(hidden.content).toBeUndefined();
		expect(shown.content).toBe('secret');
		// A mention of the bot is delivered with content even without the intent.
		const mentionNext = nextCall<[Message<string | undefined>, number]>();
		masked.once('messageCreate', mentionNext.listener);
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: `<@${DefaultIds.bot}> hi` });
		expect((await mentionNext.called)[0].content).toBe(`<@${DefaultIds.bot}> hi`);
	});
});
