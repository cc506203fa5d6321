import { describe, expect, it } from 'vitest';
import { API, REST } from 'ovenjs';
import { readClaims } from '../../scripts/_apiClaims.js';
import { readSpecOperations } from '../../scripts/_specOperations.js';

/**
 * Operations of Discord's OpenAPI description that have no `ovenjs` method, each with the reason
 * a bot has no use for it. Everything else must have a method: add one to the API class of its
 * docs page, or add the operation here with a reason a reviewer can check.
 */
const SKIPPED: Readonly<Record<string, string>> = {
	// Lobbies belong to the Social SDK (games linking players): https://discord.com/developers/docs/resources/lobby
	create_lobby: 'Social SDK lobbies, not bots',
	create_or_join_lobby: 'Social SDK lobbies; a Bearer token of the player',
	get_lobby: 'Social SDK lobbies, not bots',
	edit_lobby: 'Social SDK lobbies, not bots',
	delete_lobby: 'Social SDK lobbies, not bots',
	edit_lobby_channel_link: 'Social SDK lobbies; a Bearer token of a lobby member',
	leave_lobby: 'Social SDK lobbies; a Bearer token of the player',
	add_lobby_member: 'Social SDK lobbies, not bots',
	delete_lobby_member: 'Social SDK lobbies, not bots',
	bulk_update_lobby_members: 'Social SDK lobbies, not bots',
	create_linked_lobby_guild_invite_for_self: 'Social SDK lobbies; a Bearer token of the player',
	create_linked_lobby_guild_invite_for_user: 'Social SDK lobbies, not bots',
	get_lobby_messages: 'Social SDK lobbies; a Bearer token of the player',
	create_lobby_message: 'Social SDK lobbies; a Bearer token of the player',
	update_lobby_message_external_moderation_metadata: 'Social SDK lobby moderation, not bots',
	// The partner SDK provisions game accounts: undocumented for bots.
	partner_sdk_token: 'partner SDK, no bot token',
	bot_partner_sdk_token: 'partner SDK account provisioning, not in the docs',
	partner_sdk_unmerge_provisional_account: 'partner SDK, no bot token',
	bot_partner_sdk_unmerge_provisional_account: 'partner SDK account provisioning, not in the docs',
	update_user_message_external_moderation_metadata: 'partner SDK DM moderation, not in the docs',
	// OAuth2 endpoints that answer only for a user's Bearer token: https://discord.com/developers/docs/topics/oauth2
	get_my_oauth2_authorization: "a Bearer token's own authorization; a bot token has none",
	get_openid_connect_userinfo: 'OpenID Connect, a Bearer token with the openid scope',
	get_public_keys: "OpenID Connect signing keys, for verifying a user's id token",
	get_current_user_application_entitlements: "a user's Bearer token only",
	get_application_user_role_connection: "a user's Bearer token (role_connections.write) only",
	update_application_user_role_connection: "a user's Bearer token (role_connections.write) only",
	delete_application_user_role_connection: "a user's Bearer token (role_connections.write) only",
	get_my_guild_member: "a user's Bearer token (guilds.members.read) only",
	list_my_connections: 'needs the connections OAuth2 scope; a bot user has no connections',
	set_guild_application_command_permissions:
		'command permissions are edited only with a Bearer token; a bot token gets an error (docs: application-commands#permissions)',
	// Deprecated by Discord for the /messages/pins routes that replaced them (api.channels.getPins, pinMessage, unpinMessage).
	deprecated_list_pins: 'deprecated; api.channels.getPins',
	deprecated_create_pin: 'deprecated; api.channels.pinMessage',
	deprecated_delete_pin: 'deprecated; api.channels.unpinMessage',
	// In the description (which also covers Discord's own client) but not in the developer docs,
	// and untyped in discord-api-types: reachable with rest.get/post/… until Discord documents them.
	get_application: 'undocumented; api.applications.getCurrent is the documented form',
	update_application: 'undocumented; api.applications.editCurrent is the documented form',
	upload_application_attachment: 'undocumented (Activities asset upload)',
	get_guild_new_member_welcome: 'undocumented (the client’s new-member welcome)',
	get_guild_join_requests: 'undocumented (member applications)',
	action_guild_join_request: 'undocumented (member applications)',
	thread_search: 'undocumented (the client’s forum search)',
	create_guild_scheduled_event_exception: 'undocumented (recurring event exceptions)',
	update_guild_scheduled_event_exception: 'undocumented (recurring event exceptions)',
	delete_guild_scheduled_event_exception: 'undocumented (recurring event exceptions)',
	count_guild_scheduled_event_users: 'undocumented (recurring event exceptions)',
	list_guild_scheduled_event_exception_users: 'undocumented (recurring event exceptions)',
};

const claims = readClaims(new URL('../../src/api/', import.meta.url).pathname);
const { operations } = readSpecOperations();
const claimed = new Map<string, string[]>();
for (const claim of claims)
	for (const id of claim.operations) claimed.set(id, [...(claimed.get(id) ?? []), `${claim.group}.${claim.method}`]);

describe("coverage of Discord's OpenAPI description", () => {
	it('every operation has an ovenjs method, or a reason in SKIPPED', () => {
		const missing = operations
			.filter((op) => !claimed.has(op.id) && SKIPPED[op.id] === undefined)
			.map((op) => `${op.id} (${op.method} ${op.path})`);
		expect(missing, 'operations with neither a method nor a skip reason').toEqual([]);
	});

	it('SKIPPED names only operations of the description that have no method', () => {
		const ids = new Set(operations.map((op) => op.id));
		expect(Object.keys(SKIPPED).filter((id) => !ids.has(id))).toEqual([]);
		expect(Object.keys(SKIPPED).filter((id) => claimed.has(id))).toEqual([]);
	});

	it('no method sends an operation that only a Bearer token can call', () => {
		expect(operations.filter((op) => op.auth === 'bearer' && claimed.has(op.id)).map((op) => op.id)).toEqual([]);
	});

	it('reads every public method of every API group', async () => {
		const rest = new REST();
		const api = new API(rest);
		const groups = Object.keys(api).filter((key) => key !== 'rest') as (keyof API)[];
		const methods = groups.flatMap((group) =>
			Object.getOwnPropertyNames(Object.getPrototypeOf(api[group]))
				.filter((name) => name !== 'constructor')
				.map((name) => `${group}.${name}`),
		);
		expect(claims.map((c) => `${c.group}.${c.method}`).sort()).toEqual(methods.sort());
		expect(claims.filter((c) => c.operations.length === 0).map((c) => `${c.group}.${c.method}`)).toEqual([]);
		await rest.destroy();
	});

	it('prints operations covered per area', () => {
		const relevant = operations.filter((op) => SKIPPED[op.id] === undefined);
		const covered = relevant.filter((op) => claimed.has(op.id));
		const lines = [...new Set(claims.map((c) => c.group))].map((group) => {
			const ops = new Set(claims.filter((c) => c.group === group).flatMap((c) => c.operations));
			return `  api.${group.padEnd(20)} ${String(claims.filter((c) => c.group === group).length).padStart(3)} methods, ${ops.size} operations`;
		});
		console.info(
			[
				`ovenjs API: ${covered.length}/${relevant.length} bot-relevant operations of ${operations.length} have a method (${Object.keys(SKIPPED).length} skipped with a reason)`,
				...lines,
			].join('\n'),
		);
		expect(covered.length).toBe(relevant.length);
	});
});
