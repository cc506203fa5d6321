/**
 * One row of the discord.js → OvenJS equivalents table: what a discord.js member becomes.
 * The migration rewrites a member only when its receiver is known to be a discord.js value of
 * that class, and writes `note` (or `oven`) into the todo when it cannot.
 */
export interface DiscordJsEquivalent {
	/**
	 * The discord.js member: `Class.member` (`User.tag`), a chain of members
	 * (`GuildMemberRoleManager.cache.has`), or `Class` alone for the class (imports and types).
	 * `Class` is a discord.js class or interface, or a family name (`Interaction` for every
	 * interaction class, `Channel` for every channel class).
	 */
	readonly member: string;
	/**
	 * The OvenJS expression, `$` standing for the receiver (`$.username`); for a class, the
	 * name `ovenjs` exports. An expression with no call of its own (`$.defer`) renames the member
	 * and a call keeps its arguments; any other replaces the whole call, `$args` standing for all
	 * its arguments and `$1`, `$2`… for each (a call with more than those is not rewritten), and
	 * `@{name}` for OvenJS's export `name` (imported). Absent when OvenJS has no equivalent.
	 */
	readonly oven?: string;
	/**
	 * Where `oven` renames the member: only where the member is read (`use: 'read'`), or only
	 * where it is called (`'call'`); elsewhere the row's `example` is what to write. Absent: both.
	 */
	readonly use?: 'read' | 'call';
	/** How OvenJS writes it, for a person, where the migration cannot (an example over a named receiver: `member.roles.ids`). */
	readonly example?: string;
	/**
	 * OvenJS's member may be undefined where discord.js's is always there (`member.permissions`): a
	 * member read on it is read with `?.` (`member.permissions?.has(…)`).
	 */
	readonly optional?: true;
	/** The package the OvenJS side comes from, when it is not `ovenjs` (`@discordjs/collection` for `Collection`). */
	readonly module?: string;
	/** What a person needs to know: how the two differ, or what to write when there is no equivalent. */
	readonly note?: string;
}

/** Where equivalents are looked up: one table, read by every transform. */
export interface EquivalentsTable {
	/** Every row, for docs and checks. */
	readonly entries: readonly DiscordJsEquivalent[];
	/**
	 * The row for the member chain `names` (`['cache', 'has']`) read on a value of the first
	 * level's `owners` (where discord.js declares it first, then the receiver's classes), trying
	 * each owner's family after the owners themselves.
	 */
	lookup(owners: readonly string[], names: readonly string[]): DiscordJsEquivalent | undefined;
}
