import type { FileReport } from '../MigrationReport.js';
import type { ProjectInfo } from './ProjectInfo.js';

/** Node from which `require()` loads an ES module such as `ovenjs` without a flag. */
const REQUIRE_ESM = [20, 19] as const;

/** Whether an `engines.node` range lets the bot run on a Node older than 20.19 (its lowest version is older). */
function allowsOlderNode(range: string): boolean {
	const lowest = /(\d+)(?:\.(\d+))?/.exec(range);
	if (lowest === null) return false;
	const major = Number(lowest[1]);
	const minor = Number(lowest[2] ?? 0);
	return major < REQUIRE_ESM[0] || (major === REQUIRE_ESM[0] && minor < REQUIRE_ESM[1]);
}

/** What a maintainer needs to know about the project as a whole after a migration, beyond the per-file todos. */
export function projectNotes(
	project: ProjectInfo,
	typesAvailable: boolean,
	files: readonly (FileReport & { readonly after: string })[],
): string[] {
	const notes: string[] = [];
	if (!typesAvailable)
		notes.push(
			"discord.js's typings were not found under node_modules (run npm install in the bot first): without them no value is known to be discord.js's, so calls on interactions, messages and members were left as they are.",
		);
	if (project.allowedMentions?.kind === 'literal')
		notes.push(
			`The client's allowedMentions (${project.allowedMentions.text}) now goes with every message body sent from a discord.js value (allowed_mentions): OvenJS's client has no default for it. Keep it on messages you add.`,
		);
	for (const framework of project.frameworks)
		notes.push(
			`Migrated with --force although the bot is built on ${framework.framework.name}: its framework classes were left as they are.`,
		);
	const requiring = files.filter((file) => /require\(\s*['"]ovenjs['"]\s*\)/.test(file.after)).length;
	if (requiring > 0)
		notes.push(
			`${requiring} CommonJS file(s) require('ovenjs'), which Node loads from ${REQUIRE_ESM.join('.')} (require() of an ES module)${
				project.nodeEngine !== undefined && allowsOlderNode(project.nodeEngine)
					? `; engines.node ("${project.nodeEngine}") allows older ones: raise it to ">=20.19"`
					: ''
			}.`,
		);
	if (files.some((file) => /['"]ovenjs['"]/.test(file.after))) notes.push('Add ovenjs to the dependencies: npm install ovenjs.');
	if (files.some((file) => /['"]@discordjs\/collection['"]/.test(file.after)))
		notes.push("Collection now comes from @discordjs/collection (discord.js's own): npm install @discordjs/collection.");
	const still = files.filter((file) => /['"]discord\.js['"]/.test(file.after)).length;
	if (still > 0)
		notes.push(
			`${still} file(s) still import discord.js for names with no OvenJS equivalent (each marked): keep it installed until they are rewritten.`,
		);
	return notes;
}
