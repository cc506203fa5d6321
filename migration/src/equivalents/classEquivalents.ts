import type { DiscordJsEquivalent } from './DiscordJsEquivalent.js';

/** discord.js classes and the `ovenjs` export that stands for each (imports and type annotations). */
const CLASSES: Readonly<Record<string, string>> = {
	Client: 'Client',
	Message: 'Message',
	Guild: 'Guild',
	User: 'User',
	GuildMember: 'Member',
	Role: 'Role',
	GuildEmoji: 'Emoji',
	Emoji: 'Emoji',
	MessageReaction: 'MessageReaction',
	VoiceState: 'VoiceState',
	Webhook: 'Webhook',
	Invite: 'Invite',
	GuildBan: 'Ban',
	Interaction: 'Interaction',
	BaseInteraction: 'BaseInteraction',
	// v13's CommandInteraction is a slash command, and code reads its options: the slash command class.
	CommandInteraction: 'ChatInputCommandInteraction',
	ChatInputCommandInteraction: 'ChatInputCommandInteraction',
	ButtonInteraction: 'ButtonInteraction',
	StringSelectMenuInteraction: 'StringSelectMenuInteraction',
	SelectMenuInteraction: 'StringSelectMenuInteraction',
	MessageComponentInteraction: 'MessageComponentInteraction',
	ModalSubmitInteraction: 'ModalSubmitInteraction',
	AutocompleteInteraction: 'AutocompleteInteraction',
	ContextMenuCommandInteraction: 'CommandInteraction',
	UserContextMenuCommandInteraction: 'UserContextMenuCommandInteraction',
	MessageContextMenuCommandInteraction: 'MessageContextMenuCommandInteraction',
	Channel: 'Channel',
	BaseChannel: 'Channel',
	GuildChannel: 'Channel',
	TextChannel: 'Channel',
	TextBasedChannel: 'Channel',
	GuildTextBasedChannel: 'Channel',
	NewsChannel: 'Channel',
	ThreadChannel: 'Channel',
	VoiceChannel: 'Channel',
	CategoryChannel: 'Channel',
	DMChannel: 'Channel',
	EmbedBuilder: 'EmbedBuilder',
	MessageEmbed: 'EmbedBuilder',
	Permissions: 'Permissions',
	PermissionsBitField: 'Permissions',
	REST: 'REST',
};

/**
 * The class rows of the migration's table: what a discord.js export is imported as (`oven`, the
 * `ovenjs` export, or another package), or what to do where OvenJS has no such class. Members
 * come from the object model's table (`@ovenjs/analysis`); these say what a name in an
 * `import`/`require` of discord.js becomes.
 */
export const CLASS_EQUIVALENTS: readonly DiscordJsEquivalent[] = [
	...Object.entries(CLASSES).map(([member, oven]) => ({ member, oven })),
	{
		member: 'Collection',
		oven: 'Collection',
		module: '@discordjs/collection',
		note: "discord.js's Collection is @discordjs/collection's, which works without discord.js (add it to package.json).",
	},
	{ member: 'Colors', note: 'OvenJS takes colors as numbers: write the hex value (0x5865f2 for Blurple).' },
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
