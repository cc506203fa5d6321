import type { APIAttachment } from 'discord-api-types/v10';
import {
	type AuditLog,
	type Ban,
	type ButtonInteraction,
	type Channel,
	type ChatInputCommandInteraction,
	type CommandContext,
	createClient,
	createInteractionHandler,
	createRouter,
	defineCommand,
	type Emoji,
	type Guild,
	type Invite,
	type Member,
	type MemberWithUser,
	type Message,
	type MessageReaction,
	type ModalContext,
	type ModalSubmitInteraction,
	option,
	type PartialMessage,
	type Role,
	type Snowflake,
	type User,
	type Webhook,
} from 'ovenjs';
import { expectTypeOf } from 'vitest';

// Issue #18's "Why", as the types see it: each line here did not compile before.

const client = createClient({ token: 'x', intents: ['Guilds', 'GuildMembers', 'GuildMessages', 'GuildMessageReactions'] });
declare const guildId: Snowflake<'Guild'>;
declare const channelId: Snowflake<'Channel'>;
declare const userId: Snowflake<'User'>;

// ── The 34 everyday calls of the three bots ───────────────────────────────────
expectTypeOf(client.guilds.get(guildId)).toEqualTypeOf<Guild | undefined>();
expectTypeOf(client.channels.fetch(channelId)).toEqualTypeOf<Promise<Channel>>();
expectTypeOf(client.users.fetch(userId)).toEqualTypeOf<Promise<User>>();
declare const member: Member;
expectTypeOf(member.ban({ reason: 'spam', deleteMessageSeconds: 60 })).toEqualTypeOf<Promise<void>>();
expectTypeOf(member.kick({ reason: 'bye' })).toEqualTypeOf<Promise<void>>();
expectTypeOf(member.timeout(60_000, { reason: 'calm down' })).toEqualTypeOf<Promise<MemberWithUser>>();
expectTypeOf(member.send('hi')).toEqualTypeOf<Promise<Message>>();
declare const user: User;
expectTypeOf(user.send({ content: 'hi' })).toEqualTypeOf<Promise<Message>>();
declare const message: Message;
expectTypeOf(message.pin()).toEqualTypeOf<Promise<void>>();
expectTypeOf(message.react('👍')).toEqualTypeOf<Promise<void>>();
expectTypeOf(message.reactions.list()).toEqualTypeOf<MessageReaction[]>();
expectTypeOf(message.attachments).toEqualTypeOf<readonly APIAttachment[]>();
expectTypeOf(message.embeds.length).toEqualTypeOf<number>();
expectTypeOf(message.client).toExtend<typeof client | ReturnType<typeof createClient>>();
declare const channel: Channel;
expectTypeOf(channel.bulkDelete(10)).toEqualTypeOf<Promise<Snowflake<'Message'>[]>>();
expectTypeOf(channel.threads.create({ name: 't' })).toEqualTypeOf<Promise<Channel>>();
expectTypeOf(channel.permissionOverwrites.edit(userId, { deny: ['SendMessages'] })).toEqualTypeOf<Promise<void>>();
expectTypeOf(channel.createWebhook({ name: 'log' })).toEqualTypeOf<Promise<Webhook>>();
expectTypeOf(channel.createInvite({ max_age: 60 })).toEqualTypeOf<Promise<Invite>>();
declare const guild: Guild;
expectTypeOf(guild.fetchAuditLogs({ limit: 5 })).toEqualTypeOf<Promise<AuditLog>>();
expectTypeOf(guild.bans.fetch()).toEqualTypeOf<Promise<Ban[]>>();
expectTypeOf(guild.emojis.list()).toEqualTypeOf<Emoji[]>();
expectTypeOf(guild.invites.fetch()).toEqualTypeOf<Promise<Invite[]>>();
expectTypeOf(guild.members.me).toEqualTypeOf<Member | undefined>();
expectTypeOf(guild.roles.create({ name: 'Mod' })).toEqualTypeOf<Promise<Role>>();
client.user?.setPresence({ status: 'online', activities: [{ name: 'the mock', type: 'Watching' }] });
// @ts-expect-error statuses are Discord's names
client.user?.setPresence({ status: 'busy' });

// ── One interaction type for events and commands ──────────────────────────────
client.on('interactionCreate', async (interaction) => {
	if (interaction.isButton()) expectTypeOf(interaction).toEqualTypeOf<ButtonInteraction>();
	if (interaction.isChatInputCommand()) {
		await interaction.deferReply({ ephemeral: true });
		expectTypeOf(interaction.options.getUser('user')).toEqualTypeOf<User | null>();
		expectTypeOf(interaction.options.getMember('user')).toEqualTypeOf<Member | null>();
		expectTypeOf(interaction.options.getChannel('where', true)).toEqualTypeOf<Channel>();
		expectTypeOf(interaction.options.getRole('role')).toEqualTypeOf<Role | null>();
		expectTypeOf(interaction.options.getAttachment('file')).toEqualTypeOf<APIAttachment | null>();
		expectTypeOf(interaction.reply({ content: 'x', ephemeral: true })).toEqualTypeOf<Promise<Message>>();
		expectTypeOf(interaction.editReply('x')).toEqualTypeOf<Promise<Message>>();
		expectTypeOf(interaction.followUp({ content: 'x', flags: 64 })).toEqualTypeOf<Promise<Message>>();
	}
	// @ts-expect-error autocomplete interactions cannot reply: narrow first
	void interaction.reply('x');
});
defineCommand({
	name: 'warn',
	description: 'Warn',
	options: { user: option.user({ required: true }) },
	run(ctx) {
		// A command context is the interaction, with typed options, and the client within reach.
		expectTypeOf(ctx).toExtend<ChatInputCommandInteraction>();
		expectTypeOf(ctx).toExtend<CommandContext>();
		expectTypeOf(ctx.options.user).toEqualTypeOf<User>();
		expectTypeOf(ctx.reply('x')).toEqualTypeOf<Promise<Message>>();
		expectTypeOf(ctx.client.guilds).toEqualTypeOf<typeof client.guilds>();
	},
});
createRouter()
	.button('ok', (interaction) => expectTypeOf(interaction).toEqualTypeOf<ButtonInteraction>())
	.modal('form', { fields: ['why'] }, (ctx) => {
		expectTypeOf(ctx).toEqualTypeOf<ModalContext<'why'>>();
		expectTypeOf(ctx).toExtend<ModalSubmitInteraction>();
	});
createInteractionHandler({ client });

// ── Events as structures; a member's user is there where Discord always sends it ──
client.on('guildMemberAdd', (added) => expectTypeOf(added.user).toEqualTypeOf<User>());
client.on('messageReactionAdd', (reaction) => {
	expectTypeOf(reaction.message).toEqualTypeOf<Message | PartialMessage>();
	expectTypeOf(reaction.emoji).toEqualTypeOf<Emoji>();
	expectTypeOf(reaction.user).toEqualTypeOf<User>();
});

// ── Ids are branded in client.api too ─────────────────────────────────────────
// @ts-expect-error a channel id where the guild id, user id and role id belong
void client.api.guilds.addMemberRole(channelId, channelId, channelId);
