/**
 * A moderation bot: `/warn` asks for confirmation with buttons, then for a note in a modal;
 * `/timeout`, `/ban` and `/purge` act at once. Each checks permissions before acting, so a member
 * without the permission gets a clear answer instead of the bot earning a 403. Everything goes
 * through the structures (`member.timeout()`, `member.ban()`, `channel.bulkDelete()`): no
 * `client.api` call.
 *
 *   node --import tsx examples/moderation-bot.ts   # against a local mock; see examples/README.md
 */
import {
	actionRow,
	assertPermissions,
	button,
	type CommandContext,
	createClient,
	createInteractionHandler,
	createRouter,
	customId,
	defineCommand,
	embed,
	label,
	MissingPermissionsError,
	modal,
	option,
	syncCommands,
	textInput,
} from 'ovenjs';
import type { PermissionName } from 'ovenjs/knowledge';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

const RED = 0xed4245;
const GREEN = 0x57f287;

/** Names the moderation permission each command needs, for the refusals. */
const PERMISSION_NAMES: Partial<Record<PermissionName, string>> = {
	ModerateMembers: 'Moderate Members',
	BanMembers: 'Ban Members',
	ManageMessages: 'Manage Messages',
};

/**
 * Answers privately and returns false unless the invoker and the bot may do `action` here. The
 * permissions are Discord's, sent with every interaction: the invoker's in the channel
 * (`memberPermissions`) and the bot's (`appPermissions`).
 */
async function preflight(ctx: CommandContext, permission: PermissionName, action: string): Promise<boolean> {
	const invoker = ctx.memberPermissions;
	if (ctx.guild === undefined || invoker === undefined) {
		await ctx.reply({ content: 'This command works in servers only.', ephemeral: true });
		return false;
	}
	if (!invoker.has(permission)) {
		await ctx.reply({ content: `You need the ${PERMISSION_NAMES[permission] ?? permission} permission to ${action}.`, ephemeral: true });
		return false;
	}
	try {
		assertPermissions(ctx.appPermissions, [permission], action); // throws here instead of a 403 later
		return true;
	} catch (error) {
		if (!(error instanceof MissingPermissionsError)) throw error;
		await ctx.reply({ content: error.message, ephemeral: true });
		return false;
	}
}

/** Builds the moderation bot's commands and routes. */
export function moderation() {
	/** Warnings waiting for Confirm, by the id of the `/warn` interaction (in memory: keep them in a database in production). */
	const pending = new Map<string, { readonly userId: string; readonly reason: string; readonly moderatorId: string }>();

	const warn = defineCommand({
		name: 'warn',
		description: 'Warn a member',
		defaultMemberPermissions: ['ModerateMembers'],
		contexts: ['Guild'],
		options: { user: option.user({ required: true }), reason: option.string({ required: true, maxLength: 200 }) },
		async run(ctx) {
			if (!(await preflight(ctx, 'ModerateMembers', 'warn members'))) return;
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
			if (!(await preflight(ctx, 'ModerateMembers', 'time members out'))) return;
			const { user, minutes, reason = 'No reason given' } = ctx.options;
			const member = ctx.options.getMember('user');
			if (member === null) return ctx.reply({ content: `${user.username} is not a member here.`, ephemeral: true });
			const edited = await member.timeout(minutes * 60_000, { reason });
			const until = edited.communicationDisabledUntil ?? new Date(Date.now() + minutes * 60_000);
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

	const ban = defineCommand({
		name: 'ban',
		description: 'Ban a user',
		defaultMemberPermissions: ['BanMembers'],
		contexts: ['Guild'],
		options: {
			user: option.user({ required: true }),
			reason: option.string({ required: true, maxLength: 200 }),
			days: option.integer({ description: 'Delete their messages of the last days', minValue: 0, maxValue: 7 }),
		},
		async run(ctx) {
			if (!(await preflight(ctx, 'BanMembers', 'ban members'))) return;
			const { user, reason, days = 0 } = ctx.options;
			// Tell them first: once banned, they share no server with the bot and cannot get its DMs.
			await user.send(`You were banned from ${ctx.guild?.name ?? 'the server'}: ${reason}`).catch(() => undefined);
			await ctx.guild?.members.ban(user, { deleteMessageSeconds: days * 86_400, reason });
			await ctx.reply({
				embeds: [embed({ title: `${user.username} is banned`, color: RED, fields: [{ name: 'Reason', value: reason }] })],
			});
		},
	});

	const purge = defineCommand({
		name: 'purge',
		description: 'Delete the latest messages of this channel',
		defaultMemberPermissions: ['ManageMessages'],
		contexts: ['Guild'],
		options: { count: option.integer({ required: true, minValue: 2, maxValue: 100 }) },
		async run(ctx) {
			if (!(await preflight(ctx, 'ManageMessages', 'delete messages'))) return;
			await ctx.deferReply({ ephemeral: true });
			// Messages older than two weeks cannot be bulk-deleted: filterOld leaves them out.
			const deleted = await ctx.channel?.bulkDelete(ctx.options.count, { filterOld: true });
			await ctx.editReply(`Deleted ${deleted?.length ?? 0} message(s).`);
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

	return { commands: [warn, timeout, ban, purge], router };
}

/** Logs the moderation bot in and registers `/warn`, `/timeout`, `/ban` and `/purge`. */
export async function start({ token, api, applicationId, guildId }: ExampleOptions): Promise<RunningExample> {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds'] });
	const { commands, router } = moderation();
	const interactions = createInteractionHandler({ client, commands, router, autoDefer: true });
	client.on('interactionCreate', (interaction) => interactions.handle(interaction));

	await syncCommands(client.api, applicationId, commands, guildId === undefined ? {} : { guildId });
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
