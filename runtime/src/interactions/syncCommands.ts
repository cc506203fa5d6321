import type { APIApplicationCommand, RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { InteractionsTransport } from './InteractionsTransport.js';
import { normalizeCommand } from './_normalizeCommand.js';

/** Anything with `toJSON()` to register: a defined command, or a raw body. */
export type SyncableCommand = { readonly toJSON: () => RESTPostAPIApplicationCommandsJSONBody } | RESTPostAPIApplicationCommandsJSONBody;

/** Options of {@link syncCommands}. */
export interface SyncCommandsOptions {
	/** Sync this guild's commands instead of the global ones. */
	readonly guildId?: string;
}

/** What {@link syncCommands} found and did. */
export interface SyncCommandsResult {
	/** `overwritten` when a bulk overwrite was sent, `unchanged` when none was needed. */
	readonly action: 'overwritten' | 'unchanged';
	/** Commands (as `type:name`) that were not registered. */
	readonly added: readonly string[];
	/** Registered commands that are no longer defined. */
	readonly removed: readonly string[];
	/** Commands registered differently from their definition. */
	readonly changed: readonly string[];
}

const keyOf = (c: { readonly type?: number | undefined; readonly name: string }): string => `${c.type ?? 1}:${c.name}`;

/**
 * Makes the registered commands (global, or one guild's) match `commands`: fetches what is
 * registered, compares meaning (order, defaults and server-added fields do not count), and
 * sends one bulk overwrite only if something differs.
 * @example
 * const result = await syncCommands(api, applicationId, [ping, ban], { guildId });
 * // result.action === 'unchanged' on the second start
 */
export async function syncCommands(
	api: InteractionsTransport,
	applicationId: string,
	commands: readonly SyncableCommand[],
	options: SyncCommandsOptions = {},
): Promise<SyncCommandsResult> {
	const { guildId } = options;
	const scope = guildId === undefined ? 'global' : 'guild';
	const wanted = commands.map((c) =>
		'toJSON' in c && typeof c.toJSON === 'function' ? c.toJSON() : (c as RESTPostAPIApplicationCommandsJSONBody),
	);
	const registered: readonly APIApplicationCommand[] =
		guildId === undefined
			? await api.applicationCommands.getGlobal(applicationId)
			: await api.applicationCommands.getGuild(applicationId, guildId);
	const have = new Map(registered.map((c) => [keyOf(c), JSON.stringify(normalizeCommand(c, scope))]));
	const want = new Map(wanted.map((c) => [keyOf(c), JSON.stringify(normalizeCommand(c, scope))]));
	const added = [...want.keys()].filter((k) => !have.has(k));
	const removed = [...have.keys()].filter((k) => !want.has(k));
	const changed = [...want.keys()].filter((k) => have.has(k) && have.get(k) !== want.get(k));
	if (added.length === 0 && removed.length === 0 && changed.length === 0) return { action: 'unchanged', added, removed, changed };
	if (guildId === undefined) await api.applicationCommands.bulkOverwriteGlobal(applicationId, wanted);
	else await api.applicationCommands.bulkOverwriteGuild(applicationId, guildId, wanted);
	return { action: 'overwritten', added, removed, changed };
}
