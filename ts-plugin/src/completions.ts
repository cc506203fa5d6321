import type ts from 'typescript';
import { DiscordJsEventDispatch, isDiscordClientReceiver, LISTENER_METHODS, nodeAt, readClientIntents } from '@ovenjs/analysis';
import { EventIntents, intentsForEvent } from 'ovenjs/knowledge';
import { DISCORD_JS_FREE_EVENTS } from './hover.js';

/** An event name offered in `client.on('|')`, with the intents it needs when the client lacks them. */
export interface EventCompletion {
	readonly name: string;
	/** Intents of which the client has none, though the event needs one; empty when it fires. */
	readonly missing: readonly string[];
}

/**
 * The string literal being typed as the event argument of a listener registration on a
 * Discord client (`client.on('|')`), if any; `watcher.on('|')` on anything else is left to
 * TypeScript (see `isDiscordClientReceiver`).
 */
export function listenerEventLiteral(
	t: typeof ts,
	file: ts.SourceFile,
	position: number,
	checker?: ts.TypeChecker,
): ts.StringLiteralLike | undefined {
	const node = nodeAt(t, file, position) ?? nodeAt(t, file, position - 1);
	if (node === undefined || !(t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node))) return undefined;
	const call = node.parent;
	if (!t.isCallExpression(call) || call.arguments[0] !== node || !t.isPropertyAccessExpression(call.expression)) return undefined;
	if (!LISTENER_METHODS.has(call.expression.name.text)) return undefined;
	return isDiscordClientReceiver(t, call.expression.expression, checker) ? node : undefined;
}

/**
 * Event names for `client.on('|')`: discord.js names when the file imports discord.js,
 * gateway dispatch names otherwise; each with the intents the file's client misses for it.
 */
export function eventCompletions(t: typeof ts, file: ts.SourceFile): EventCompletion[] {
	const discordJs =
		file.statements.some(
			(s) => t.isImportDeclaration(s) && t.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === 'discord.js',
		) || /require\(\s*['"]discord\.js['"]\s*\)/.test(file.text);
	const clients = readClientIntents(t, file);
	const client = clients.length === 1 && clients[0]?.complete === true ? clients[0] : undefined;
	const missingFor = (dispatch: string | undefined): string[] => {
		if (dispatch === undefined || client === undefined) return [];
		const needed = [...new Set([...intentsForEvent(dispatch, 'guild'), ...intentsForEvent(dispatch, 'dm')])];
		return needed.length === 0 || needed.some((name) => client.names.has(name)) ? [] : needed;
	};
	if (discordJs) {
		return [
			...DISCORD_JS_FREE_EVENTS.map((name) => ({ name, missing: [] })),
			...Object.entries(DiscordJsEventDispatch)
				.filter(([name]) => name !== 'message')
				.map(([name, dispatch]) => ({ name, missing: missingFor(dispatch) })),
		];
	}
	// EventIntents lists the intent-free dispatches too (READY, INTERACTION_CREATE, …), with no intents.
	return Object.keys(EventIntents).map((name) => ({ name, missing: missingFor(name) }));
}

/** The completion entries' note for an event whose intent is missing. */
export function missingNote(missing: readonly string[]): string {
	return `needs intent ${missing.join(' or ')}`;
}
