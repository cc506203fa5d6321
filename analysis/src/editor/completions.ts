import type ts from 'typescript';
import { EventIntents, intentsForEvent } from 'ovenjs/knowledge';
import { nodeAt } from '../_ast.js';
import { isDiscordClientReceiver } from '../clientReceiver.js';
import { DiscordJsEventDispatch } from '../listenerEvents.js';
import { readProducedCustomIds, type ProducedCustomId } from '../readCustomIds.js';
import { readClientIntents } from '../readIntents.js';
import { LISTENER_METHODS } from '../readListeners.js';
import { customIdCompletions, customIdSiteAt } from './customIdSites.js';
import { DISCORD_JS_FREE_EVENTS } from './hovers.js';
import { permissionCompletions, permissionSiteAt } from './permissions.js';

/** One name to offer. */
export interface EditorCompletionItem {
	readonly name: string;
	/** A short note shown next to the name: what a permission grants, where a custom_id is made, a missing intent. */
	readonly detail?: string;
	/** Offered below the others (an event that would never fire with the client's intents). */
	readonly demoted: boolean;
}

/**
 * The names to offer at a position, as plain data: what is completed, the span a chosen name
 * replaces (offsets), whether it is written inside a string or as a member, and how a host
 * that has its own entries (tsserver, from the library's types) combines them: `annotate`
 * only notes its entries, `extend` also adds the names it lacks.
 */
export interface EditorCompletions {
	readonly kind: 'event' | 'customId' | 'permission';
	readonly start: number;
	readonly length: number;
	readonly style: 'string' | 'member';
	readonly whenHostKnows: 'annotate' | 'extend';
	readonly items: readonly EditorCompletionItem[];
}

/** What the completion functions need beyond the file: types where there are, and the project's files for custom_ids. */
export interface CompletionContext {
	readonly checker?: ts.TypeChecker;
	/** The project's own files (no declaration files, nothing from node_modules); read only at a custom_id site. */
	readonly projectFiles: () => readonly ts.SourceFile[];
}

// Produced ids per SourceFile object; hosts make a new one on every edit, so entries never go stale.
const producedCache = new WeakMap<ts.SourceFile, readonly ProducedCustomId[]>();

/** Every custom_id `files` produce, with the file that makes each. */
export function projectCustomIds(t: typeof ts, files: readonly ts.SourceFile[]): { id: ProducedCustomId; fileName: string }[] {
	const out: { id: ProducedCustomId; fileName: string }[] = [];
	for (const file of files) {
		let ids = producedCache.get(file);
		if (ids === undefined) {
			ids = readProducedCustomIds(t, file);
			producedCache.set(file, ids);
		}
		for (const id of ids) out.push({ id, fileName: file.fileName });
	}
	return out;
}

/**
 * The string literal being typed as the event argument of a listener registration on a
 * Discord client (`client.on('|')`), if any; `watcher.on('|')` on anything else (a chokidar
 * watcher, a socket) is none (see `isDiscordClientReceiver`).
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
 * Event names for `client.on('|')`: discord.js names when the file uses discord.js, gateway
 * dispatch names otherwise; each with the intents the file's client lacks for it (none when it fires).
 */
export function eventCompletions(t: typeof ts, file: ts.SourceFile): { name: string; missing: readonly string[] }[] {
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

/**
 * What to offer at `position`, for both hosts: the project's custom_ids in a handler
 * (`customId === '|'`, `router.button('|'`), permission names (`PermissionFlagsBits.|`,
 * `permissions: ['|']`), or event names in a listener registration on a Discord client
 * only. Undefined anywhere else, so the host's own answer stands.
 */
export function completionsAt(
	t: typeof ts,
	file: ts.SourceFile,
	position: number,
	context: CompletionContext,
): EditorCompletions | undefined {
	const site = customIdSiteAt(t, file, position);
	if (site !== undefined) {
		const ids = projectCustomIds(t, context.projectFiles());
		const items = customIdCompletions(site, ids).map((id) => ({
			name: id.name,
			detail: `${id.kind === 'unknown' ? 'custom_id' : id.kind} · ${id.fileName.slice(id.fileName.lastIndexOf('/') + 1)}`,
			demoted: false,
		}));
		return items.length === 0
			? undefined
			: {
					kind: 'customId',
					start: site.literal.getStart(file) + 1,
					length: site.literal.text.length,
					style: 'string',
					whenHostKnows: 'extend',
					items,
				};
	}
	const permission = permissionSiteAt(t, file, position);
	if (permission !== undefined) {
		const isString = permission.style === 'string';
		const start = permission.node.getStart(file) + (isString ? 1 : 0);
		return {
			kind: 'permission',
			start,
			length: isString ? (permission.node as ts.StringLiteralLike).text.length : permission.node.getEnd() - start,
			style: permission.style,
			whenHostKnows: 'extend',
			items: permissionCompletions(permission).map((p) => ({ name: p.name, detail: p.description, demoted: false })),
		};
	}
	const literal = listenerEventLiteral(t, file, position, context.checker);
	if (literal === undefined) return undefined;
	return {
		kind: 'event',
		start: literal.getStart(file) + 1,
		length: literal.text.length,
		style: 'string',
		whenHostKnows: 'annotate',
		items: eventCompletions(t, file).map(({ name, missing }) =>
			missing.length === 0 ? { name, demoted: false } : { name, detail: `needs intent ${missing.join(' or ')}`, demoted: true },
		),
	};
}
