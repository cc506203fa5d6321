import type { DiscordJsEquivalent } from './DiscordJsEquivalent.js';

/**
 * The OvenJS type each discord.js owner of the table stands for, so that every `oven`
 * expression can be type-checked against `ovenjs` (`$` declared with this type).
 */
export const OVEN_RECEIVERS: Readonly<Record<string, string>> = {
	Interaction: 'Interaction',
	InteractionOptions: 'InteractionOptions',
	Message: 'Message',
	User: 'User',
	GuildMember: 'Member',
	GuildMemberRoleManager: 'MemberRoles',
	Channel: 'Channel',
	Guild: 'Guild',
	Client: 'Client',
	PermissionsBitField: 'Permissions',
};

const sameAs = (owner: string, members: readonly string[], note?: string): DiscordJsEquivalent[] =>
	members.map((member) =>
		note === undefined
			? { member: `${owner}.${member}`, oven: `$.${member}` }
			: { member: `${owner}.${member}`, oven: `$.${member}`, note },
	);

const NO_CLIENT =
	"OvenJS's views do not carry the client: pass it to the handler (execute(interaction, client)) or import it from the module that creates it with createClient.";

/**
 * `createdTimestamp`/`createdAt`, which discord.js reads from the id: a snowflake's bits above
 * the 22nd are milliseconds since Discord's epoch (2015-01-01). Written without BigInt (bots
 * compiled for ES2015 have none); a double's rounding of the id moves it by far less than 1 ms.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
const snowflakeTimes = (owner: string): DiscordJsEquivalent[] => [
	{ member: `${owner}.createdTimestamp`, oven: '(Math.floor(Number($.id) / 4194304) + 1420070400000)' },
	{ member: `${owner}.createdAt`, oven: 'new Date(Math.floor(Number($.id) / 4194304) + 1420070400000)' },
];

/** An interaction type guard as a test of Discord's payload (`InteractionType`, then the command or component type). */
const guard = (member: string, test: string): DiscordJsEquivalent => ({ member: `Interaction.${member}`, oven: `(${test})` });

/**
 * The equivalents of the discord.js members bots use most, for OvenJS as it is on this branch.
 * The object model's table (issue #18) replaces it when it lands; this one is the seed the
 * machinery was built and tested with.
 */
export const SEED_EQUIVALENTS: readonly DiscordJsEquivalent[] = [
	// Classes: what the imports and type annotations become.
	{ member: 'Client', oven: 'Client' },
	{ member: 'Message', oven: 'Message' },
	{ member: 'Guild', oven: 'Guild' },
	{ member: 'User', oven: 'User' },
	{ member: 'GuildMember', oven: 'Member' },
	...[
		'Interaction',
		'BaseInteraction',
		'CommandInteraction',
		'ChatInputCommandInteraction',
		'ButtonInteraction',
		'StringSelectMenuInteraction',
		'SelectMenuInteraction',
		'AnySelectMenuInteraction',
		'UserSelectMenuInteraction',
		'RoleSelectMenuInteraction',
		'ChannelSelectMenuInteraction',
		'MentionableSelectMenuInteraction',
		'MessageComponentInteraction',
		'ModalSubmitInteraction',
		'AutocompleteInteraction',
		'ContextMenuCommandInteraction',
		'ContextMenuInteraction',
		'UserContextMenuCommandInteraction',
		'MessageContextMenuCommandInteraction',
		'RepliableInteraction',
	].map((member) => ({ member, oven: 'Interaction' })),
	...[
		'Channel',
		'BaseChannel',
		'GuildChannel',
		'TextChannel',
		'TextBasedChannel',
		'GuildTextBasedChannel',
		'NewsChannel',
		'ThreadChannel',
		'VoiceChannel',
		'DMChannel',
	].map((member) => ({ member, oven: 'Channel' })),
	{ member: 'EmbedBuilder', oven: 'EmbedBuilder' },
	{ member: 'MessageEmbed', oven: 'EmbedBuilder' },
	{ member: 'Permissions', oven: 'Permissions' },
	{ member: 'PermissionsBitField', oven: 'Permissions' },
	{ member: 'REST', oven: 'REST' },
	{
		member: 'Collection',
		oven: 'Collection',
		module: '@discordjs/collection',
		note: "discord.js's Collection is @discordjs/collection's, which works without discord.js (add it to package.json).",
	},
	{
		member: 'Colors',
		note: 'OvenJS takes colors as numbers: write the hex value (0x5865f2 for Blurple).',
	},

	// Interactions (the Interaction view).
	...sameAs('Interaction', [
		'id',
		'type',
		'commandName',
		'customId',
		'guildId',
		'channelId',
		'channel',
		'user',
		'member',
		'options',
		'values',
	]),
	...sameAs('Interaction', ['editReply', 'followUp', 'update', 'deferUpdate', 'showModal']),
	{ member: 'Interaction.reply', oven: '$.reply', note: 'ephemeral goes in the second argument: reply(body, { ephemeral: true }).' },
	{ member: 'Interaction.deferReply', oven: '$.defer', note: 'defer({ ephemeral: true }) for an ephemeral answer.' },
	{
		member: 'Interaction.fields.getTextInputValue',
		oven: "($.field($args) ?? '')",
		note: 'field() gives undefined for a field the submission lacks, where discord.js throws.',
	},
	{ member: 'Interaction.fields', note: "read a modal's values with interaction.field(customId) (undefined when absent)." },
	{ member: 'Interaction.client', note: NO_CLIENT },
	{
		member: 'Interaction.guild',
		note: 'the Interaction view has guildId (an id); read the guild from the cache with client.cache?.guilds.get(interaction.guildId).',
	},
	...snowflakeTimes('Interaction'),
	{
		member: 'Interaction.deleteReply',
		note: 'delete the answer with client.api.interactions.deleteReply(interaction.raw.application_id, interaction.raw.token).',
	},
	{
		member: 'Interaction.respond',
		note: 'answer autocomplete with client.api.interactions.autocomplete(interaction.id, interaction.raw.token, { choices }).',
	},
	{
		member: 'Interaction.fetchReply',
		note: 'editReply() resolves to the message; or client.api.interactions.getOriginalResponse(application id, token).',
	},
	guard('isCommand', '$.raw.type === 2'),
	guard('isApplicationCommand', '$.raw.type === 2'),
	guard('isChatInputCommand', '$.raw.type === 2 && $.raw.data.type === 1'),
	guard('isContextMenuCommand', '$.raw.type === 2 && ($.raw.data.type === 2 || $.raw.data.type === 3)'),
	guard('isContextMenu', '$.raw.type === 2 && ($.raw.data.type === 2 || $.raw.data.type === 3)'),
	guard('isUserContextMenuCommand', '$.raw.type === 2 && $.raw.data.type === 2'),
	guard('isUserContextMenu', '$.raw.type === 2 && $.raw.data.type === 2'),
	guard('isMessageContextMenuCommand', '$.raw.type === 2 && $.raw.data.type === 3'),
	guard('isMessageContextMenu', '$.raw.type === 2 && $.raw.data.type === 3'),
	guard('isMessageComponent', '$.raw.type === 3'),
	guard('isButton', '$.raw.type === 3 && $.raw.data.component_type === 2'),
	guard('isStringSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 3'),
	guard('isSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 3'),
	guard('isUserSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 5'),
	guard('isRoleSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 6'),
	guard('isMentionableSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 7'),
	guard('isChannelSelectMenu', '$.raw.type === 3 && $.raw.data.component_type === 8'),
	guard('isAnySelectMenu', '$.raw.type === 3 && $.raw.data.component_type !== 2'),
	guard('isAutocomplete', '$.raw.type === 4'),
	guard('isModalSubmit', '$.raw.type === 5'),
	guard('isRepliable', '$.raw.type !== 4'),
	guard('inGuild', '$.guildId !== undefined'),
	guard('inCachedGuild', '$.guildId !== undefined'),

	// A command's options (the Interaction view's options reader).
	...sameAs('InteractionOptions', ['getString', 'getInteger', 'getNumber', 'getBoolean', 'getSubcommand', 'getSubcommandGroup']),
	...['getUser', 'getMember', 'getChannel', 'getRole', 'getMentionable', 'getAttachment'].map((member) => ({
		member: `InteractionOptions.${member}`,
		note: `OvenJS's options reader gives ids: interaction.options.id(name), the object itself being in interaction.raw.data.resolved; or move the handler into defineCommand's run, where ctx.options is typed.`,
	})),
	{ member: 'InteractionOptions.getFocused', note: 'the focused option is the one with focused: true in interaction.raw.data.options.' },
	{
		member: 'InteractionOptions.get',
		note: 'read the option by its type: options.getString/getInteger/getNumber/getBoolean(name), or options.id(name).',
	},

	// Messages.
	...sameAs('Message', ['id', 'channelId', 'guildId', 'author', 'member', 'channel', 'guild', 'reply', 'edit', 'delete', 'react']),
	{ member: 'Message.content', oven: '$.content', note: 'undefined without the MessageContent intent (discord.js gives an empty string).' },
	{ member: 'Message.client', note: NO_CLIENT },
	{
		member: 'Message.mentions',
		note: "Discord's mentions are in message.raw.mentions (users), raw.mention_roles and raw.mention_everyone.",
	},
	{ member: 'Message.attachments', note: "Discord's attachments are in message.raw.attachments (an array)." },
	{ member: 'Message.embeds', note: "Discord's embeds are in message.raw.embeds (an array)." },
	...snowflakeTimes('Message'),
	...snowflakeTimes('User'),
	...snowflakeTimes('Channel'),
	...snowflakeTimes('Guild'),
	{ member: 'Message.pin', note: 'client.api.channels.pinMessage(message.channelId, message.id).' },
	{ member: 'Message.url', oven: '`https://discord.com/channels/${$.guildId ?? "@me"}/${$.channelId}/${$.id}`' },

	// Users and members.
	...sameAs('User', ['id', 'username', 'bot', 'displayName', 'createDM', 'toString']),
	{
		member: 'User.tag',
		oven: '$.username',
		note: "Discord retired discriminators: discord.js's tag is username#0, OvenJS gives the username.",
	},
	{ member: 'User.globalName', oven: '$.raw.global_name' },
	{ member: 'User.avatar', oven: '$.raw.avatar' },
	{
		member: 'User.displayAvatarURL',
		note: 'build it from the hash: `https://cdn.discordapp.com/avatars/${user.id}/${user.raw.avatar}.png` when user.raw.avatar is set (the default avatar otherwise).',
	},
	{
		member: 'User.avatarURL',
		note: 'build it from the hash: `https://cdn.discordapp.com/avatars/${user.id}/${user.raw.avatar}.png` (null when user.raw.avatar is null).',
	},
	{ member: 'User.send', oven: '$.createDM().then((dm) => dm.send($args))', note: 'OvenJS opens the DM channel first.' },
	...sameAs('GuildMember', ['id', 'guild', 'roles', 'displayName', 'toString']),
	{ member: 'GuildMember.user', oven: '$.user', note: 'undefined when neither the event nor the cache carried the user.' },
	{ member: 'GuildMember.nickname', oven: '$.nick' },
	{
		member: 'GuildMember.permissions',
		oven: '$.permissions',
		note: 'undefined when the guild and its roles are not cached; effectivePermissions for a channel.',
	},
	{ member: 'GuildMember.send', oven: '$.user?.createDM().then((dm) => dm.send($args))' },
	{ member: 'GuildMember.ban', note: 'client.api.guilds.banMember(member.guildId, member.id, { delete_message_seconds }, { reason }).' },
	{ member: 'GuildMember.kick', note: 'client.api.guilds.kickMember(member.guildId, member.id, { reason }).' },
	{
		member: 'GuildMember.timeout',
		note: 'client.api.guilds.editMember(member.guildId, member.id, { communication_disabled_until: ISO date or null }, { reason }).',
	},
	{ member: 'GuildMember.client', note: NO_CLIENT },
	{ member: 'GuildMemberRoleManager.cache.has', oven: '$.has' },
	{ member: 'GuildMemberRoleManager.add', oven: '$.add', note: 'takes a role id.' },
	{ member: 'GuildMemberRoleManager.remove', oven: '$.remove', note: 'takes a role id.' },
	{
		member: 'GuildMemberRoleManager.cache',
		note: "member.roles.ids lists the role ids; the roles themselves are the guild's (guild.roles, an array).",
	},
	{ member: 'PermissionsBitField.has', oven: '$.has' },
	{
		member: 'GuildMember.permissions.has',
		oven: '$.permissions?.has',
		note: "undefined (so not allowed) when the guild's roles are not cached; effectivePermissions for a channel.",
	},

	// Channels and guilds.
	...sameAs('Channel', ['id', 'name', 'type', 'send', 'guildId', 'toString']),
	{ member: 'Channel.messages', oven: '$.messages', note: 'fetch(id) and fetch({ limit, before, after, around }) only.' },
	{ member: 'Channel.guild', note: 'the Channel view has guildId; the guild: client.cache?.guilds.get(channel.guildId).' },
	{ member: 'Channel.client', note: NO_CLIENT },
	{ member: 'Channel.bulkDelete', note: 'client.api.channels.bulkDeleteMessages(channel.id, { messages: ids }).' },
	...sameAs('Guild', ['id', 'name', 'channels', 'roles', 'members', 'voiceAdapterCreator']),
	{ member: 'Guild.client', note: NO_CLIENT },
	{ member: 'Guild.memberCount', note: 'the GUILD_CREATE payload has member_count: guild.raw and client.cache?.guilds.get(id).' },

	// The client.
	...sameAs('Client', ['user', 'destroy', 'on', 'once', 'off']),
	{ member: 'Client.login', oven: '$.login()', note: "OvenJS's client takes its token in its options (createClient({ token }))." },
	{ member: 'Client.guilds', note: 'the cache: client.cache?.guilds (get(id), values()); or client.api.guilds.get(id).' },
	{ member: 'Client.channels', note: 'the cache: client.cache?.channels.get(id); or client.api.channels.get(id).' },
	{ member: 'Client.users', note: 'the cache: client.cache?.users.get(id); or client.api.users.get(id).' },
	{
		member: 'Client.application.commands.set',
		oven: '@{syncCommands}($.api, $.applicationId ?? "", $1)',
		note: 'syncCommands resolves to { action, added, removed, changed } and writes only when something differs (a guild: syncCommands(client.api, client.applicationId, commands, { guildId })).',
	},
	{
		member: 'Client.application',
		note: 'client.applicationId is the application id; commands go through syncCommands(client.api, client.applicationId, commands) or client.api.applicationCommands.',
	},
	{ member: 'Client.ws', note: 'client.shards lists each shard with its latency (ms).' },
	{ member: 'Client.isReady', oven: '$.isReady' },
	{ member: 'Client.readyAt', note: 'OvenJS has no readyAt: record Date.now() in the ready listener.' },
	{ member: 'Client.uptime', note: 'OvenJS has no uptime: record Date.now() in the ready listener and subtract.' },
	{
		member: 'ClientUser.setPresence',
		note: 'OvenJS sets the presence when a shard identifies: createClient({ shard: { presence: { status, activities } } }).',
	},
	{
		member: 'ClientUser.setActivity',
		note: 'OvenJS sets the presence when a shard identifies: createClient({ shard: { presence: { activities: [{ name, type }] } } }).',
	},
	{
		member: 'ClientUser.setStatus',
		note: 'OvenJS sets the presence when a shard identifies: createClient({ shard: { presence: { status } } }).',
	},
	{
		member: 'ClientUser.setAFK',
		note: 'OvenJS sets the presence when a shard identifies: createClient({ shard: { presence: { afk } } }).',
	},
	{
		member: 'Client.generateInvite',
		note: 'build https://discord.com/oauth2/authorize?client_id=<id>&scope=bot%20applications.commands&permissions=<bits> (Permissions.from([...]).bits).',
	},
	{ member: 'Client.fetchInvite', note: 'client.api.invites.get(code).' },
	{ member: 'Client.fetchWebhook', note: 'client.api.webhooks.get(id).' },
	{ member: 'Client.fetchGuildPreview', note: 'client.api.guilds.getPreview(id).' },
	{ member: 'Client.fetchGuildWidget', note: 'client.api.guilds.getWidget(id).' },
	{ member: 'Client.fetchVoiceRegions', note: 'client.api.voice.getRegions().' },
	{
		member: 'Client.shard',
		note: "OvenJS has no ShardClientUtil: in a cluster (oven cluster / new Cluster), clusterAssignment() gives this process's shard ids and count, and Cluster's 'message' event and send() carry messages between processes.",
	},
	{
		member: 'Channel.permissionsFor',
		note: "effectivePermissions(guild, member, { overwrites: channel.raw?.permission_overwrites }) from 'ovenjs' (a Permissions with has/missing).",
	},

	// Collectors: OvenJS waits for components on its interaction handler, and for messages and reactions with listeners.
	...['Message', 'InteractionResponse', 'Channel'].flatMap((owner) => [
		{
			member: `${owner}.awaitMessageComponent`,
			note: 'OvenJS waits for components on the interaction handler: const handler = createInteractionHandler({ api: client.api, applicationId, router }) fed from interactionCreate (handler.handle(interaction.raw)), then await handler.awaitComponent({ customId, userId, messageId, timeoutMs }) (rejects with ComponentAwaitTimeoutError); the filter becomes customId/userId/messageId or filter(ctx).',
		},
		{
			member: `${owner}.createMessageComponentCollector`,
			note: "OvenJS collects components on the interaction handler: await handler.collectComponents({ messageId, timeoutMs, max, onCollect: (ctx) => … }) (createInteractionHandler, fed from interactionCreate with handler.handle(interaction.raw)); the 'collect' listener becomes onCollect and the 'end' listener the code after the await.",
		},
	]),
	{
		member: 'Interaction.awaitModalSubmit',
		note: "OvenJS has no modal collector: route the modal by custom_id with createRouter().modal('id', { fields: […] }, (ctx) => …) in createInteractionHandler, or answer it in interactionCreate (interaction.type === 5 and interaction.customId), with a timer of your own.",
	},
	{
		member: 'Channel.createMessageCollector',
		note: 'OvenJS has no message collectors: listen to messageCreate with the filter as an if, and client.off(…) after the time (setTimeout) or max messages.',
	},
	{
		member: 'Channel.awaitMessages',
		note: 'OvenJS has no message collectors: await a Promise that a messageCreate listener resolves (the filter as an if) and a setTimeout rejects; remove the listener with client.off.',
	},
	{
		member: 'Message.createReactionCollector',
		note: 'OvenJS has no reaction collectors: listen to messageReactionAdd with the filter as an if, and client.off(…) after the time (setTimeout).',
	},
	{
		member: 'Message.awaitReactions',
		note: 'OvenJS has no reaction collectors: await a Promise that a messageReactionAdd listener resolves and a setTimeout rejects; remove the listener with client.off.',
	},

	// discord.js classes with no OvenJS counterpart.
	{
		member: 'WebhookClient',
		note: 'client.api.webhooks.execute(webhookId, webhookToken, body) from ovenjs (an API over a REST with no token works too).',
	},
	{ member: 'MessageCollector', note: 'OvenJS has no message collectors; listen to messageCreate with a filter and a timer.' },
	{ member: 'ReactionCollector', note: 'OvenJS has no reaction collectors; listen to messageReactionAdd with a filter and a timer.' },
	{ member: 'InteractionCollector', note: "createInteractionHandler's collectComponents({ messageId, timeoutMs, max, onCollect })." },
	{ member: 'ShardClientUtil', note: 'OvenJS has no ShardClientUtil; in a cluster, clusterAssignment() gives the shard ids and count.' },
	{
		member: 'ShardingManager',
		note: 'OvenJS runs shards in several processes with oven cluster or new Cluster({ script, processes, shardCount }) (see the todo where the manager is made).',
	},
	{ member: 'Sweepers', note: 'OvenJS caches with limits instead of sweepers: createClient({ cache: { … } }).' },
];
