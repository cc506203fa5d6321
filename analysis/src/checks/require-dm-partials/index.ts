import type ts from 'typescript';
import { getProperty, walk } from '../../_ast.js';
import { resolveExpression } from '../../evaluate.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { readClientIntents } from '../../readIntents.js';
import { readListeners } from '../../readListeners.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `require-dm-partials`. */
export const DmPartialsMessages = {
	'dm-without-channel-partial':
		'This client has the DirectMessages intent and a messageCreate listener, but no Channel partial: discord.js drops messages from DM channels it has not cached, so DMs never reach the listener. Add partials: [Partials.Channel].',
} as const;

function importsDiscordJs(t: typeof ts, file: ts.SourceFile): boolean {
	let found = false;
	walk(t, file, (node) => {
		if (found) return;
		if (t.isImportDeclaration(node) && t.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'discord.js') found = true;
		else if (t.isCallExpression(node) && t.isIdentifier(node.expression) && node.expression.text === 'require') {
			const arg = node.arguments[0];
			if (arg !== undefined && t.isStringLiteral(arg) && arg.text === 'discord.js') found = true;
		}
	});
	return found;
}

/** Whether a `partials` value names the channel partial (`Partials.Channel`, v13's `'CHANNEL'`). */
function hasChannelPartial(partials: ts.Expression | undefined): boolean {
	return partials !== undefined && /Partials\.Channel\b|['"]CHANNEL['"]|Partials\.CHANNEL/.test(partials.getText());
}

/**
 * discord.js clients that ask for DMs (DirectMessages) and listen to messageCreate without the
 * Channel partial. OvenJS clients need no partials and are not checked.
 * @see https://discordjs.guide/popular-topics/partials.html
 */
export function findMissingDmPartials(t: typeof ts, file: ts.SourceFile): Finding<'dm-without-channel-partial'>[] {
	if (!importsDiscordJs(t, file)) return [];
	const listens = readListeners(t, file).some((l) => l.event === 'messageCreate' || l.dispatch === 'MESSAGE_CREATE');
	if (!listens) return [];
	const out: Finding<'dm-without-channel-partial'>[] = [];
	for (const client of readClientIntents(t, file)) {
		if (!client.names.has('DirectMessages')) continue;
		const options = t.isNewExpression(client.client) || t.isCallExpression(client.client) ? client.client.arguments?.[0] : undefined;
		const object = options === undefined ? undefined : resolveExpression(t, options);
		if (object === undefined || !t.isObjectLiteralExpression(object)) continue;
		const partials = getProperty(t, object, 'partials');
		// A partials list held elsewhere may well name the channel: only a visible one is judged.
		if (partials !== undefined && !t.isArrayLiteralExpression(resolveExpression(t, partials))) continue;
		if (hasChannelPartial(partials === undefined ? undefined : resolveExpression(t, partials))) continue;
		out.push(finding(client.node, 'dm-without-channel-partial', formatMessage(DmPartialsMessages['dm-without-channel-partial'], {}), {}));
	}
	return out;
}

/** `require-dm-partials`: a discord.js client that wants DMs needs the Channel partial. */
export default defineCheck({
	id: 'require-dm-partials',
	description: 'Require the Channel partial on a discord.js client that listens to messages with the DirectMessages intent.',
	kind: 'problem',
	messages: DmPartialsMessages,
	codes: { 'dm-without-channel-partial': 93120 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findMissingDmPartials(t, file),
});
