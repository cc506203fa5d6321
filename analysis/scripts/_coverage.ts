import { DiscordJsEquivalents } from '../src/discordJsEquivalents.js';
import type { MemberUses } from './countDiscordJsUses.js';

/** How much of the corpus's uses the equivalents table covers, by call count. */
export interface EquivalentsCoverage {
	readonly rows: number;
	/** Uses of members with an OvenJS expression. */
	readonly covered: number;
	readonly total: number;
	readonly ratio: number;
	/** Members the corpus shares that have no row at all. */
	readonly missing: readonly string[];
	/** Members with a row whose `ovenjs` is null. */
	readonly withoutEquivalent: readonly string[];
}

/** The table's coverage of `uses` (members used by two bots or more), weighted by how often each is used. */
export function equivalentsCoverage(uses: readonly MemberUses[]): EquivalentsCoverage {
	const rows = new Map(DiscordJsEquivalents.map((row) => [row.member, row]));
	const total = uses.reduce((sum, m) => sum + m.uses, 0);
	const covered = uses.reduce((sum, m) => sum + (rows.get(m.member)?.ovenjs != null ? m.uses : 0), 0);
	return {
		rows: rows.size,
		covered,
		total,
		ratio: total === 0 ? 0 : covered / total,
		missing: uses.filter((m) => !rows.has(m.member)).map((m) => m.member),
		withoutEquivalent: uses.filter((m) => rows.get(m.member)?.ovenjs === null).map((m) => m.member),
	};
}
