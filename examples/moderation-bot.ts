/**
 * A moderation bot: `/warn` asks for confirmation with buttons, then for a note in a modal;
 * `/timeout` times a member out. Both check permissions before acting, so a member without
 * Moderate Members gets a clear answer instead of the bot earning a 403.
 *
 *   node --import tsx examples/moderation-bot.ts   # against a local mock; see examples/README.md
 */
import {
	actionRow,
	API,
	assertPermissions,
	button,
	createClient,
	createInteractionHandler,
	createRouter,
	customId,
	defineCommand,
	effectivePermissions,
	embed,
	label,
	MissingPermissionsError,
	modal,
	option,
	syncCommands,
	textInput,
	type Permissions,
	type CommandContext,
} from 'ovenjs';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

const RED = 0xed4245;
const GREEN = 0x57f287;

/**
 * What each user may do in a channel, from the guild's roles and owner and the channel's
 * overwrites. (Discord also sends the invoker's `member.permissions` and the bot's
 * `app_permissions` with every interaction; computing them works for any member and channel.)
 */
async function permissionsIn(rest: API, guildId: string, channelId: string, userIds: readonly string[]): Promise<Permissions[]> {
	const [guild, channel, ...members] = await Promise.all([
		rest.guilds.get(guildId),
		rest.channels.get(channelId),
		...userIds.map((userId) => rest.guilds.getMember(guildId, userId)),
	]);
	const overwrites = 'permission_overwrites' in channel ? (channel.permission_overwrites ?? []) : [];
	return members.map((member, index) => effectivePermissions(guild, { ...member, user_id: userIds[index]! }, { overwrites }));
}

/** Builds the moderation bot's commands and routes over `rest`. */
export function moderation(rest: API, botId: () => string) {
	/** Warnings waiting for Confirm, by the id of the `/warn` interaction (in memory: keep them in a database in production). */
	const pending = new Map<string, { readonly userId: string; readonly reason: string; readonly moderatorId: string }>();

	/** Answers privately and returns false unless the invoker may moderate members here. */
	async function preflight(ctx: CommandContext, action: string): Promise<boolean> {
		const guildId = ctx.guildId;
		const channelId = ctx.channelId;
		if (guildId === undefined || channelId === undefined) {
			await ctx.reply({ content: 'This command works in servers only.', ephemeral: true });
			return false;
		}
		try {
			const [invoker, bot] = await permissionsIn(rest, guildId, channelId, [ctx.user.id, botId()]);
			if (!invoker!.has('ModerateMembers')) {
				await ctx.reply({ content: `You need the Moderate Members permission to ${action}.`, ephemeral: true });
				return false;
			}
			assertPermissions(bot!, ['ModerateMembers'], action); // throws here instead of a 403 later
			return true;
		} catch (error) {
			if (!(error instanceof MissingPermissionsError)) throw error;
			await ctx.reply({ content: error.message, ephemeral: true });
			return false;
		}
	}

	const warn = defineCommand({
		name: 'warn',
		description: 'Warn a member',
		defaultMemberPermissions: ['ModerateMembers'],
		contexts: ['Guild'],
		options: { user: option.user({ required: true }), reason: option.string({ required: true, maxLength: 200 }) },
		async run(ctx) {
			if (!(await preflight(ctx, 'warn members'))) return;
			const { user, reason } = ctx.options;
			pending.set(ctx.id, { userId: user.id, reason, moderatorId: ctx.user.id });
			await ctx.reply({
				embeds: [embed({ title: `Warn ${user.username}?`, color: RED, fields: [{ name: 'Reason', value: reason }] })],
				components: [
					actionRow(
						button({ custom_id: customId('warn:confirm:{id}', { id: ctx.id }), label: 'Confirm', style: 'danger' }),
						button({ custom_id: customId('warn:cancel:{id}', { id: ctx.id }), label: 'Cancel', style: 'secondary' }),
					),
				],
			});
		},
	});

	const timeout = defineCommand({
		name: 'timeout',
		description: 'Time a member out',
		defaultMemberPermissions: ['ModerateMembers'],
		contexts: ['Guild'],
		options: {
			user: option.user({ required: true }),
			minutes: option.integer({ required: true, minValue: 1, maxValue: 40_320 }),
			reason: option.string({ maxLength: 200 }),
		},
		async run(ctx) {
			if (!(await preflight(ctx, 'time members out'))) return;
			const { user, minutes, reason = 'No reason given' } = ctx.options;
			const until = new Date(Date.now() + minutes * 60_000);
			await rest.guilds.editMember(ctx.guildId!, user.id, { communication_disabled_until: until.toISOString() }, { reason });
			await ctx.reply({
				embeds: [
					embed({
						title: `${user.username} is timed out`,
						color: RED,
						description: `for ${minutes} minute(s), until <t:${Math.floor(until.getTime() / 1000)}:t>`,
						fields: [{ name: 'Reason', value: reason }],
					}),
				],
			});
		},
	});

	const router = createRouter()
		.button('warn:cancel:{id}', async (ctx, { id }) => {
			if (pending.has(id) && ctx.user.id !== pending.get(id)?.moderatorId)
				return ctx.reply({ content: 'Only the moderator who ran /warn can cancel it.', ephemeral: true });
			pending.delete(id);
			await ctx.update({ content: 'Warning cancelled.', embeds: [], components: [] });
		})
		.button('warn:confirm:{id}', async (ctx, { id }) => {
			const warning = pending.get(id);
			if (warning === undefined) return ctx.update({ content: 'This warning has expired.', embeds: [], components: [] });
			if (ctx.user.id !== warning.moderatorId)
				return ctx.reply({ content: 'Only the moderator who ran /warn can confirm it.', ephemeral: true });
			await ctx.showModal(
				modal({
					custom_id: customId('warn:note:{id}', { id }),
					title: 'Warning note',
					components: [label('Note for the mod log', textInput({ custom_id: 'note', style: 'paragraph', max_length: 500 }))],
				}),
			);
		})
		.modal('warn:note:{id}', { fields: ['note'] }, async (ctx, { id }) => {
			const warning = pending.get(id);
			if (warning === undefined) return ctx.reply({ content: 'This warning has expired.', ephemeral: true });
			pending.delete(id);
			await ctx.update({
				content: '',
				embeds: [
					embed({
						title: 'Member warned',
						color: GREEN,
						description: `<@${warning.userId}> was warned by <@${warning.moderatorId}>.`,
						fields: [
							{ name: 'Reason', value: warning.reason },
							{ name: 'Note', value: ctx.fields.note || '(none)' },
						],
					}),
				],
				components: [],
			});
		});

	return { commands: [warn, timeout], router };
}

/** Logs the moderation bot in and registers `/warn` and `/timeout`. */
export async function start({ token, api, applicationId, guildId }: ExampleOptions): Promise<RunningExample> {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds'] });
	const rest = client.api;
	const { commands, router } = moderation(rest, () => client.user?.id ?? applicationId);
	const interactions = createInteractionHandler({ api: rest, applicationId, commands, router, autoDefer: true });
	client.on('interactionCreate', (interaction) => interactions.handle(interaction.raw));

	await syncCommands(rest, applicationId, commands, guildId === undefined ? {} : { guildId });
	await client.login();
	return {
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}

if (isMain(import.meta.url)) {
	await runExample('moderation-bot', start, [
		'interactions',
		{
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			name: 'warn',
			options: [
				{ name: 'user', type: 6, value: DefaultIds.bob },
				{ name: 'reason', type: 3, value: 'spam' },
			],
		},
	]);
}
