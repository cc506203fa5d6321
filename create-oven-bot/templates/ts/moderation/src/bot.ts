/**
 * The bot: `/timeout` times a member out; `/warn` asks the moderator to confirm with buttons,
 * then posts the warning. Both check permissions first, so a member without Moderate Members
 * gets a clear answer instead of the bot earning a 403 from Discord. `startBot()` is what
 * `npm start` (a local mock Discord), `npm run dev` (Discord itself) and the tests run.
 */
import {
	actionRow,
	assertPermissions,
	button,
	createClient,
	createInteractionHandler,
	createRouter,
	customId,
	defineCommand,
	embed,
	MissingPermissionsError,
	option,
	syncCommands,
	type API,
	type CommandContext,
} from 'ovenjs';

const RED = 0xed4245;
const GREEN = 0x57f287;

/**
 * Why `ctx`'s member, or the bot, may not moderate members here; undefined when both may.
 * Discord sends both sets of permissions, channel overwrites included, with every interaction.
 */
function refusal(ctx: CommandContext, action: string): string | undefined {
	const invoker = ctx.memberPermissions;
	if (invoker === undefined) return 'This command works in servers only.';
	if (!invoker.has('ModerateMembers')) return `You need the Moderate Members permission to ${action}.`;
	try {
		assertPermissions(ctx.appPermissions, ['ModerateMembers'], action);
		return undefined;
	} catch (error) {
		if (error instanceof MissingPermissionsError) return error.message; // names what the bot lacks
		throw error;
	}
}

/** The commands and button handlers, sending through `api`. */
export function moderation(api: API) {
	/** Warnings waiting for Confirm, by the /warn interaction's id (keep them in a database in production). */
	const pending = new Map<string, { readonly userId: string; readonly reason: string; readonly moderatorId: string }>();

	const timeout = defineCommand({
		name: 'timeout',
		description: 'Time a member out',
		defaultMemberPermissions: ['ModerateMembers'], // Discord hides the command from other members
		contexts: ['Guild'],
		options: {
			user: option.user({ description: 'Who', required: true }),
			minutes: option.integer({ description: 'For how long', required: true, minValue: 1, maxValue: 40_320 }),
			reason: option.string({ description: 'Why', maxLength: 200 }),
		},
		async run(ctx) {
			const refused = refusal(ctx, 'time members out');
			if (refused !== undefined) return ctx.reply({ content: refused, ephemeral: true });
			const { user, minutes, reason = 'No reason given' } = ctx.options;
			// Discord allows 3 seconds for the first answer: "thinking…" now, the result once the member is edited.
			await ctx.deferReply();
			const until = new Date(Date.now() + minutes * 60_000);
			await api.guilds.editMember(ctx.guildId!, user.id, { communication_disabled_until: until.toISOString() }, { reason });
			await ctx.editReply({
				embeds: [
					embed({
						title: `${user.username} is timed out`,
						color: RED,
						description: `for ${minutes} minute(s)`,
						fields: [{ name: 'Reason', value: reason }],
					}),
				],
			});
		},
	});

	const warn = defineCommand({
		name: 'warn',
		description: 'Warn a member',
		defaultMemberPermissions: ['ModerateMembers'],
		contexts: ['Guild'],
		options: {
			user: option.user({ description: 'Who', required: true }),
			reason: option.string({ description: 'Why', required: true, maxLength: 200 }),
		},
		async run(ctx) {
			const refused = refusal(ctx, 'warn members');
			if (refused !== undefined) return ctx.reply({ content: refused, ephemeral: true });
			const { user, reason } = ctx.options;
			pending.set(ctx.id, { userId: user.id, reason, moderatorId: ctx.user.id });
			await ctx.reply({
				embeds: [embed({ title: `Warn ${user.username}?`, color: RED, fields: [{ name: 'Reason', value: reason }] })],
				components: [
					actionRow(
						// The custom_id carries the warning's key; the router below reads it back, typed.
						button({ custom_id: customId('warn:confirm:{id}', { id: ctx.id }), label: 'Confirm', style: 'danger' }),
						button({ custom_id: customId('warn:cancel:{id}', { id: ctx.id }), label: 'Cancel', style: 'secondary' }),
					),
				],
			});
		},
	});

	const router = createRouter()
		.button('warn:confirm:{id}', async (ctx, { id }) => {
			const warning = pending.get(id);
			if (warning === undefined) return ctx.update({ content: 'This warning has expired.', embeds: [], components: [] });
			if (ctx.user.id !== warning.moderatorId)
				return ctx.reply({ content: 'Only the moderator who ran /warn can confirm it.', ephemeral: true });
			pending.delete(id);
			await ctx.update({
				embeds: [
					embed({
						title: 'Member warned',
						color: GREEN,
						description: `<@${warning.userId}> was warned by <@${warning.moderatorId}>.`,
						fields: [{ name: 'Reason', value: warning.reason }],
					}),
				],
				components: [],
			});
		})
		.button('warn:cancel:{id}', async (ctx, { id }) => {
			pending.delete(id);
			await ctx.update({ content: 'Warning cancelled.', embeds: [], components: [] });
		});

	return { commands: [timeout, warn], router };
}

/** Where the bot connects. */
export interface BotOptions {
	/** The bot token: from the Developer Portal, or the mock's. */
	readonly token: string;
	/** Discord's REST base URL (the default), or the mock's. */
	readonly api?: string;
	/** Register the commands in this server only (they appear at once) instead of globally (which can take a while). */
	readonly guildId?: string;
}

/** Logs the bot in and registers its commands; resolves once it is connected. */
export async function startBot({ token, api, guildId }: BotOptions) {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds'] });
	await client.login();

	const applicationId = client.applicationId!; // known once logged in
	const { commands, router } = moderation(client.api);
	await syncCommands(client.api, applicationId, commands, guildId === undefined ? {} : { guildId });
	const interactions = createInteractionHandler({
		api: client.api,
		applicationId,
		commands,
		router,
		onError: (error) => console.error('An interaction failed:', error),
	});
	client.on('interactionCreate', (interaction) => interactions.handle(interaction.raw));

	return {
		client,
		/** Disconnects. Safe to call twice. */
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}
