/**
 * Renders the discord.js → OvenJS equivalents table (src/discordJsEquivalents.ts) as the docs
 * page docs/coming-from-discord.js.md, with how often the corpus uses each member
 * (data/corpusUses.json, written by countDiscordJsUses.ts). A test fails when the page is stale.
 *
 *   node --import tsx analysis/scripts/renderEquivalents.ts   # rewrites the page
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DiscordJsEquivalents, EquivalentImports, EquivalentReceivers } from '../src/discordJsEquivalents.js';
import { equivalentsCoverage } from './_coverage.js';
import type { MemberUses } from './countDiscordJsUses.js';

/** Where the page and the counts live. */
export const EQUIVALENTS_PAGE = new URL('../../docs/coming-from-discord.js.md', import.meta.url);
export const CORPUS_USES = new URL('../data/corpusUses.json', import.meta.url);

const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The page's Markdown. */
export function renderEquivalents(uses: readonly MemberUses[]): string {
	const byMember = new Map(uses.map((m) => [m.member, m]));
	const coverage = equivalentsCoverage(uses);
	const receivers = Object.entries(EquivalentReceivers)
		.map(([name, type]) => `\`${name}\`: \`${type.replace(/^import\("discord-api-types\/v10"\)\./, '')}\``)
		.join(', ');
	const rows = DiscordJsEquivalents.map((row) => {
		const counted = byMember.get(row.member);
		const used = counted === undefined ? '' : `${counted.uses} (${counted.bots.length})`;
		const oven = row.ovenjs === null ? '—' : `\`${cell(row.ovenjs)}\``;
		return `| \`${cell(row.member)}\` | ${oven} | ${cell(row.note ?? '')} | ${used} |`;
	});
	return `# Coming from discord.js

This page is generated from \`analysis/src/discordJsEquivalents.ts\` (\`node --import tsx analysis/scripts/renderEquivalents.ts\`);
edit the table there. oven-migrate reads the same table (\`DiscordJsEquivalents\` from \`@ovenjs/analysis\`).

Each row is a discord.js member (as its typings declare it: \`Message.reply\`, \`new EmbedBuilder\`) and
the OvenJS expression that does the same. The expressions are written over these receivers, all
types from \`ovenjs\`: ${receivers}; and these imports from \`ovenjs\`: ${EquivalentImports.map((name) => `\`${name}\``).join(', ')}. A test
type-checks every expression against \`ovenjs\`.

The table covers every discord.js member that at least two bots of a corpus of 16 public bots use
(\`analysis/scripts/countDiscordJsUses.ts\` counts them, resolving each use with the TypeScript checker
against discord.js's typings; "uses (bots)" below). Weighted by how often each is used, it covers
**${(coverage.ratio * 100).toFixed(1)} %** of those uses (${coverage.covered} of ${coverage.total}); the rows
without an OvenJS expression (—) say what to do instead.

What differs everywhere:

- **Structures are views.** \`message\`, \`member\`, \`guild\`… are thin views over the payload or the
  cached record; they work from their ids when nothing is cached. Managers read the cache with
  \`get(id)\` and \`list()\` (arrays, not Collections) and ask Discord with \`fetch()\`.
- **Discord's shapes.** Bodies and options use Discord's snake_case fields (\`max_age\`, \`custom_id\`);
  builders are objects (\`button({ … })\`) or OvenJS's own fluent builders.
- **Ids are branded.** \`Snowflake<'Role'>\` is not a \`Snowflake<'Channel'>\`; \`toSnowflake<'Role'>(text)\`
  brands one you read from config.
- **Reasons go in the options**: \`member.kick({ reason })\`, \`guild.roles.create(body, { reason })\`.

| discord.js | OvenJS | note | uses (bots) |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/** The counts committed with the table. */
export function readCorpusUses(): MemberUses[] {
	return JSON.parse(readFileSync(CORPUS_USES, 'utf8')) as MemberUses[];
}

if (process.argv[1] !== undefined && new URL(import.meta.url).pathname === process.argv[1]) {
	writeFileSync(EQUIVALENTS_PAGE, renderEquivalents(readCorpusUses()));
	console.log(`wrote ${EQUIVALENTS_PAGE.pathname}`);
}
