import type { APIGuildMember, APIUser } from 'discord-api-types/v10';
import { RestError } from '../errors/RestError.js';
import { bodyObject, type Route, type RouteContext } from '../http/Route.js';
import { addReactionAs } from '../routes/reactions.js';

function bad(message: string): RestError {
	return new RestError(400, 0, message);
}

/** `POST /_mock/users {username, global_name?, bot?}`: a new user, in no guild yet. */
function createUser(ctx: RouteContext) {
	const body = bodyObject(ctx);
	if (typeof body['username'] !== 'string' || body['username'].length < 2) throw bad('username is required (2–32 characters)');
	const user = {
		id: ctx.world.snowflakes.next(),
		username: body['username'],
		discriminator: '0',
		global_name: (body['global_name'] as string | undefined) ?? null,
		avatar: null,
		public_flags: 0,
		flags: 0,
		primary_guild: null,
		...(body['bot'] === true ? { bot: true } : {}),
	} as unknown as APIUser;
	ctx.world.users.set(user.id, user);
	return { status: 201, body: user };
}

/** `POST /_mock/members {guild_id, user_id, roles?, nick?}`: a user joins a guild; dispatches GUILD_MEMBER_ADD. */
function addMember(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const state = ctx.world.guilds.get(String(body['guild_id'] ?? ''));
	if (state === undefined) throw bad(`guild_id: no guild with id "${String(body['guild_id'])}"`);
	const user = ctx.world.users.get(String(body['user_id'] ?? ''));
	if (user === undefined) throw bad(`user_id: no user with id "${String(body['user_id'])}"`);
	if (state.members.has(user.id)) throw bad(`user ${user.id} is already a member of guild ${state.guild.id}`);
	const roles = Array.isArray(body['roles']) ? body['roles'].map(String) : [];
	for (const id of roles) if (!state.roles.has(id)) throw bad(`roles: no role with id "${id}" in guild ${state.guild.id}`);
	const member: APIGuildMember = {
		user,
		nick: (body['nick'] as string | undefined) ?? null,
		avatar: null,
		banner: null,
		roles,
		joined_at:
			typeof body['joined_at'] === 'string' && !Number.isNaN(Date.parse(body['joined_at'])) ? body['joined_at'] : new Date().toISOString(),
		premium_since: null,
		deaf: false,
		mute: false,
		flags: 0 as APIGuildMember['flags'],
		pending: false,
		communication_disabled_until: null,
	};
	state.members.set(user.id, member);
	ctx.world.dispatch('GUILD_MEMBER_ADD', { ...member, guild_id: state.guild.id }, state.guild.id);
	return { status: 201, body: member };
}

/** `POST /_mock/reactions {user_id, channel_id, message_id, emoji}`: a user reacts; dispatches MESSAGE_REACTION_ADD. */
function react(ctx: RouteContext) {
	const body = bodyObject(ctx);
	const userId = String(body['user_id'] ?? '');
	const channelId = String(body['channel_id'] ?? '');
	const messageId = String(body['message_id'] ?? '');
	if (!ctx.world.users.has(userId)) throw bad(`user_id: no user with id "${userId}"`);
	if (ctx.world.messages.get(channelId)?.get(messageId) === undefined) throw bad(`no message ${messageId} in channel ${channelId}`);
	if (typeof body['emoji'] !== 'string' || body['emoji'] === '') throw bad('emoji is required: a unicode emoji or name:id');
	addReactionAs({ ...ctx, params: { channel_id: channelId, message_id: messageId, emoji_name: body['emoji'] } }, userId);
	return { status: 204 };
}

/** Control routes that act as people: new users, joins, reactions. */
export const controlPeopleRoutes: readonly Route[] = [
	{ method: 'POST', path: '/users', handler: createUser, auth: 'none' },
	{ method: 'POST', path: '/members', handler: addMember, auth: 'none' },
	{ method: 'POST', path: '/reactions', handler: react, auth: 'none' },
];
