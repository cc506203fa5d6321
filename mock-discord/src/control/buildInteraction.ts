import type { APIApplicationCommand, APIMessage } from 'discord-api-types/v10';
import { RestError } from '../errors/RestError.js';
import { InteractionStore, type InteractionRecord } from '../interactions/InteractionStore.js';
import type { World } from '../world/World.js';

/** What the control API accepts to start an interaction. */
export type InteractionInput =
	| {
			readonly type: 'application_command';
			readonly user_id: string;
			readonly channel_id: string;
			readonly guild_id?: string;
			readonly name: string;
			readonly options?: readonly unknown[];
			readonly command_type?: number;
			readonly target_id?: string;
	  }
	| {
			readonly type: 'message_component';
			readonly user_id: string;
			readonly channel_id: string;
			readonly message_id: string;
			readonly custom_id: string;
			readonly component_type?: number;
			readonly values?: readonly string[];
	  }
	| {
			readonly type: 'modal_submit';
			readonly user_id: string;
			readonly channel_id: string;
			readonly custom_id: string;
			readonly components: readonly unknown[];
			readonly message_id?: string;
	  }
	| {
			readonly type: 'autocomplete';
			readonly user_id: string;
			readonly channel_id: string;
			readonly guild_id?: string;
			readonly name: string;
			readonly options?: readonly unknown[];
	  };

const TYPE_NUMBER = { application_command: 2, message_component: 3, autocomplete: 4, modal_submit: 5 } as const;

/** Select component type → the command option type whose `resolved` entries it shares: user, role, mentionable, channel. */
const SELECT_OPTION_TYPES: Readonly<Record<number, number>> = { 5: 6, 6: 8, 7: 9, 8: 7 };

/** A 400 from the control API with a message that says what is wrong. */
function bad(message: string): RestError {
	return new RestError(400, 0, message);
}

function findCommand(world: World, name: string, guildId: string | undefined, type: number): APIApplicationCommand {
	const command = [...world.commands.values()].find(
		(c) => c.name === name && (c.type ?? 1) === type && (c.guild_id === undefined || c.guild_id === guildId),
	);
	if (command === undefined) {
		const known = [...world.commands.values()].map((c) => c.name).join(', ') || 'none';
		throw bad(
			`The bot has not registered a command named "${name}" here (registered: ${known}). Register it with PUT /applications/{id}/commands first.`,
		);
	}
	return command;
}

function commandData(
	world: World,
	input: Extract<InteractionInput, { name: string }>,
	guildId: string | undefined,
	type: number,
): Record<string, unknown> {
	const commandType = input.type === 'application_command' ? (input.command_type ?? 1) : 1;
	const command = findCommand(world, input.name, guildId, commandType);
	const target = input.type === 'application_command' ? input.target_id : undefined;
	const resolved = resolveOptions(
		world,
		input.options,
		guildId,
		target === undefined ? undefined : { type: commandType, id: target, channelId: input.channel_id },
	);
	return {
		id: command.id,
		name: command.name,
		type: command.type ?? 1,
		...(input.options === undefined ? {} : { options: input.options }),
		...(guildId === undefined ? {} : { guild_id: guildId }),
		...(resolved === undefined ? {} : { resolved }),
		...(type === 2 && input.type === 'application_command' && input.target_id !== undefined ? { target_id: input.target_id } : {}),
	};
}

/**
 * The `resolved` map Discord sends with options that name users (6), channels (7), roles
 * (8) or mentionables (9): users, and in guilds their members (without `user`) too; and
 * the target of a user command (its user and member) or a message command (its message).
 */
function resolveOptions(
	world: World,
	options: readonly unknown[] | undefined,
	guildId: string | undefined,
	target?: { readonly type: number; readonly id: string; readonly channelId: string },
): Record<string, Record<string, unknown>> | undefined {
	const out: Record<string, Record<string, unknown>> = {};
	const put = (kind: string, id: string, value: unknown): void => {
		(out[kind] ??= {})[id] = value;
	};
	if (target?.type === 2) visitUser(target.id);
	if (target?.type === 3) {
		const message = world.messages.get(target.channelId)?.get(target.id);
		if (message === undefined) throw bad(`No message ${target.id} in channel ${target.channelId} to be the target of a message command.`);
		put('messages', target.id, message);
	}
	function visitUser(id: string): void {
		const user = world.users.get(id);
		if (user !== undefined) put('users', id, user);
		const member = guildId === undefined ? undefined : world.guilds.get(guildId)?.members.get(id);
		if (member !== undefined) {
			const { user: _user, ...partial } = member;
			put('members', id, { ...partial, permissions: String(world.guildPermissions(guildId as string, id)) });
		}
	}
	const visit = (list: readonly unknown[] | undefined): void => {
		for (const option of list ?? []) {
			const o = option as { type?: number; value?: unknown; options?: unknown[] };
			const id = typeof o.value === 'string' ? o.value : '';
			if (o.type === 6 || o.type === 9) visitUser(id);
			if ((o.type === 8 || o.type === 9) && guildId !== undefined) {
				const role = world.guilds.get(guildId)?.roles.get(id);
				if (role !== undefined) put('roles', id, role);
			}
			if (o.type === 7) {
				const channel = world.channels.get(id) as { id: string; type: number; name?: string; parent_id?: string | null } | undefined;
				if (channel !== undefined)
					put('channels', id, {
						id: channel.id,
						type: channel.type,
						name: channel.name ?? null,
						permissions: String(world.channelPermissions(channel.id, world.botUser.id)),
					});
			}
			visit(o.options);
		}
	};
	visit(options);
	return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Finds a message in a channel, or an ephemeral one kept with an interaction; ephemeral
 * messages are visible only to the user of that interaction, so only they can click them.
 */
function findMessage(world: World, store: InteractionStore, channelId: string, messageId: string, userId: string): APIMessage | undefined {
	const stored = world.messages.get(channelId)?.get(messageId);
	if (stored !== undefined) return stored;
	for (const record of store.all()) {
		if (record.userId !== userId || record.channelId !== channelId) continue;
		if (record.original?.id === messageId) return record.original;
		const followUp = record.followups.find((m) => m.id === messageId);
		if (followUp !== undefined) return followUp;
	}
	return undefined;
}

/** Builds and stores an interaction as Discord would send it in INTERACTION_CREATE. */
export function buildInteraction(world: World, store: InteractionStore, input: InteractionInput): InteractionRecord {
	const type = TYPE_NUMBER[input.type];
	if (type === undefined) throw bad('type must be one of application_command, message_component, modal_submit, autocomplete');
	if (!world.users.has(input.user_id)) throw bad(`No user with id ${String(input.user_id)}`);
	const channel = world.channels.get(input.channel_id);
	if (channel === undefined) throw bad(`No channel with id ${String(input.channel_id)}`);
	const guildId = channel.guild_id;
	if ('guild_id' in input && input.guild_id !== undefined && input.guild_id !== guildId)
		throw bad(`Channel ${channel.id} is not in guild ${input.guild_id}`);
	const user = world.user(input.user_id);
	const member = guildId === undefined ? undefined : world.guilds.get(guildId)?.members.get(input.user_id);
	if (guildId !== undefined && member === undefined) throw bad(`User ${input.user_id} is not a member of guild ${guildId}`);
	let data: Record<string, unknown>;
	let messageId: string | undefined;
	if (input.type === 'application_command' || input.type === 'autocomplete') data = commandData(world, input, guildId, type);
	else if (input.type === 'message_component') {
		if (findMessage(world, store, channel.id, input.message_id, input.user_id) === undefined)
			throw bad(`No message ${input.message_id} in channel ${channel.id}`);
		messageId = input.message_id;
		const componentType = input.component_type ?? (input.values === undefined ? 2 : 3);
		// User, role, mentionable and channel selects carry `resolved` for their picks, as the
		// command options of the matching kinds do.
		const optionType = SELECT_OPTION_TYPES[componentType];
		const resolved =
			optionType === undefined
				? undefined
				: resolveOptions(
						world,
						input.values?.map((value) => ({ type: optionType, value })),
						guildId,
					);
		data = {
			custom_id: input.custom_id,
			component_type: componentType,
			...(input.values === undefined ? {} : { values: input.values }),
			...(resolved === undefined ? {} : { resolved }),
		};
	} else {
		messageId = input.message_id;
		data = { custom_id: input.custom_id, components: input.components };
	}
	const id = world.snowflakes.next();
	const token = InteractionStore.newToken(id);
	const { name, type: channelType } = channel as { name?: string; type: number };
	const payload: Record<string, unknown> = {
		id,
		application_id: world.applicationId,
		type,
		data,
		token,
		version: 1,
		channel: {
			id: channel.id,
			type: channelType,
			...(name === undefined ? {} : { name }),
			...(guildId === undefined ? {} : { guild_id: guildId }),
		},
		channel_id: channel.id,
		app_permissions: String(world.channelPermissions(channel.id, world.botUser.id)),
		locale: 'en-US',
		entitlements: [],
		attachment_size_limit: 10_485_760,
		authorizing_integration_owners: guildId === undefined ? { '1': input.user_id } : { '0': guildId },
		context: guildId === undefined ? 1 : 0,
		...(guildId === undefined
			? { user }
			: {
					guild_id: guildId,
					guild: { id: guildId, locale: 'en-US', features: [] },
					guild_locale: 'en-US',
					member: { ...member, user, permissions: String(world.channelPermissions(channel.id, input.user_id)) },
				}),
		...(messageId === undefined ? {} : { message: findMessage(world, store, channel.id, messageId, input.user_id) }),
	};
	const record: InteractionRecord = {
		id,
		token,
		type,
		userId: input.user_id,
		channelId: channel.id,
		guildId,
		messageId,
		createdAt: Date.now(),
		payload,
		responses: [],
		followups: [],
		original: undefined,
	};
	store.add(record);
	world.dispatch('INTERACTION_CREATE', payload, guildId);
	return record;
}
