/**
 * A welcome and reaction-roles bot: greets new members in the guild's welcome channel and by DM,
 * and `/reaction-roles` posts a message whose reactions give (and take back) roles. Everything
 * goes through the structures: no `client.api` call.
 *
 *   node --import tsx examples/welcome-bot.ts   # against a local mock; see examples/README.md
 */
import { createClient, createInteractionHandler, defineCommand, syncCommands, type Guild, type MessageReaction, type Role } from 'ovenjs';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

/** The roles members can pick, by the emoji that gives each. */
export const reactionRoles = {
	'🔔': 'Announcements',
	'🎮': 'Gamer',
	'🎨': 'Artist',
} as const;

type RoleEmoji = keyof typeof reactionRoles;
const isRoleEmoji = (name: string | null): name is RoleEmoji => name !== null && Object.hasOwn(reactionRoles, name);

/** The guild's role named `name`, made when it does not exist yet. */
async function roleNamed(guild: Guild, name: string): Promise<Role> {
	const known = guild.roles.list().find((role) => role.name === name) ?? (await guild.roles.fetch()).find((role) => role.name === name);
	return known ?? (await guild.roles.create({ name, mentionable: true }, { reason: 'reaction roles' }));
}

/** Logs the welcome bot in and registers `/reaction-roles`. */
export async function start({ token, api, applicationId, guildId }: ExampleOptions): Promise<RunningExample> {
	const client = createClient({
		token,
		api: api ?? 'https://discord.com/api',
		intents: ['Guilds', 'GuildMembers', 'GuildMessages', 'GuildMessageReactions'],
	});
	/** The reaction-role messages posted, by message id (in memory: keep them in a database in production). */
	const roleMessages = new Set<string>();

	const post = defineCommand({
		name: 'reaction-roles',
		description: 'Post a message whose reactions give roles',
		defaultMemberPermissions: ['ManageRoles'],
		contexts: ['Guild'],
		async run(ctx) {
			const lines = Object.entries(reactionRoles).map(([emoji, role]) => `${emoji} ${role}`);
			const message = await ctx.reply({ content: `React to get a role:\n${lines.join('\n')}` });
			roleMessages.add(message.id);
			for (const emoji of Object.keys(reactionRoles)) await message.react(emoji);
		},
	});
	const interactions = createInteractionHandler({ client, commands: [post] });
	client.on('interactionCreate', (interaction) => interactions.handle(interaction));

	client.on('ready', () => client.user?.setPresence({ status: 'online', activities: [{ name: 'the door', type: 'Watching' }] }));

	client.on('guildMemberAdd', async (member) => {
		const welcome = member.guild.systemChannel ?? member.guild.channels.list().find((channel) => channel.name === 'general');
		await welcome?.send(`Welcome to ${member.guild.name ?? 'the server'}, ${member}! Pick your roles with /reaction-roles.`);
		// Members who do not accept DMs from the server make this fail (50007): the welcome in the channel is enough.
		await member.send(`Hi ${member.user.displayName}, welcome aboard!`).catch(() => undefined);
	});

	/** The role a reaction on a reaction-roles message stands for, and the member to give it to. */
	async function target(reaction: MessageReaction & { readonly userId: string }): Promise<{ role: Role } | undefined> {
		const name = reaction.emoji.name;
		const guild = reaction.message.guild;
		if (!roleMessages.has(reaction.message.id) || !isRoleEmoji(name) || guild === undefined || reaction.userId === client.user?.id)
			return undefined;
		return { role: await roleNamed(guild, reactionRoles[name]) };
	}

	client.on('messageReactionAdd', async (reaction) => {
		const found = await target(reaction);
		if (found !== undefined) await reaction.member?.roles.add(found.role, { reason: 'reaction role' });
	});
	client.on('messageReactionRemove', async (reaction) => {
		const found = await target(reaction);
		if (found !== undefined) await reaction.member?.roles.remove(found.role, { reason: 'reaction role' });
	});

	await syncCommands(client.api, applicationId, [post], guildId === undefined ? {} : { guildId });
	await client.login();
	return {
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}

if (isMain(import.meta.url)) {
	await runExample('welcome-bot', start, [
		'interactions',
		{ type: 'application_command', user_id: DefaultIds.alice, channel_id: DefaultIds.general, name: 'reaction-roles' },
	]);
}
