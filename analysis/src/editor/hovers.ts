import type ts from 'typescript';
import { nodeAt } from '../_ast.js';
import { DiscordJsEventDispatch, DiscordJsOtherEvents, pascalFromScreaming } from '../listenerEvents.js';
import { readClientIntents } from '../readIntents.js';
import { readListener } from '../readListeners.js';
import {
	decodeSnowflake,
	EventIntents,
	GatewayIntents,
	INTENT_FREE_EVENTS,
	intentsForEvent,
	PrivilegedIntentNote,
	SNOWFLAKE_PATTERN,
	type GatewayIntentName,
} from 'ovenjs/knowledge';
import type { EditorHover } from './EditorHover.js';
import { permissionHover } from './permissions.js';

/** A hover and the node it covers, before it becomes offsets. */
interface NodeHover {
	readonly node: ts.Node;
	readonly title: string;
	readonly documentation: readonly string[];
}

/**
 * discord.js events that need no intent: the client's own events, and those from a dispatch
 * in knowledge's `INTENT_FREE_EVENTS`. The dispatch-backed rest come from `DiscordJsEventDispatch`.
 */
export const DISCORD_JS_FREE_EVENTS: readonly string[] = Object.entries(DiscordJsOtherEvents)
	.filter(([, dispatch]) => dispatch === null || INTENT_FREE_EVENTS.includes(dispatch))
	.map(([name]) => name);

const isIntent = (name: string): name is GatewayIntentName => Object.hasOwn(GatewayIntents, name);

/** The events an intent enables, as dispatch names, and as discord.js names where they differ. */
function eventsOf(intent: GatewayIntentName): string[] {
	const dispatches = Object.entries(EventIntents)
		.filter(([, info]) => (info.guild as readonly string[]).includes(intent) || (info.dm as readonly string[]).includes(intent))
		.map(([event]) => event);
	return dispatches.map((dispatch) => {
		const names = Object.entries(DiscordJsEventDispatch)
			.filter(([name, d]) => d === dispatch && name !== 'message')
			.map(([name]) => name);
		return names.length === 0 ? dispatch : `${dispatch} (${names.join(', ')})`;
	});
}

function intentHover(node: ts.Node, intent: GatewayIntentName): NodeHover {
	const info = GatewayIntents[intent];
	const bit = Math.log2(info.bit);
	const events = eventsOf(intent);
	return {
		node,
		title: `(gateway intent) ${intent} = 1 << ${bit}${info.privileged ? ' — privileged' : ''}`,
		documentation: [
			info.description,
			info.privileged ? PrivilegedIntentNote.text : 'Not privileged: adding it to the intents is enough.',
			...(events.length === 0 ? [] : [`Enables: ${events.join(', ')}.`]),
			info.doc,
		],
	};
}

function snowflakeHover(node: ts.Node, digits: string): NodeHover | undefined {
	const decoded = decodeSnowflake(digits);
	if (decoded === undefined) return undefined;
	return {
		node,
		title: `(snowflake) ${decoded.id}`,
		documentation: [
			`Created at ${decoded.createdAt} · worker ${decoded.workerId} · process ${decoded.processId} · increment ${decoded.increment}`,
		],
	};
}

const withPrivilege = (names: readonly GatewayIntentName[]): string =>
	names.map((name) => `${name}${GatewayIntents[name].privileged ? ' (privileged)' : ''}`).join(' or ');

/** The listener registration whose event argument is `node` (`'guildMemberAdd'`, `Events.GuildMemberAdd`). */
function eventHover(t: typeof ts, file: ts.SourceFile, node: ts.Node): NodeHover | undefined {
	const argument = t.isIdentifier(node) && t.isPropertyAccessExpression(node.parent) && node.parent.name === node ? node.parent : node;
	const call = argument.parent;
	if (call === undefined || !t.isCallExpression(call) || call.arguments[0] !== argument) return undefined;
	const listener = readListener(t, call);
	if (listener === undefined) return undefined;
	if (listener.dispatch === undefined) {
		if (!DISCORD_JS_FREE_EVENTS.includes(listener.event) && !INTENT_FREE_EVENTS.includes(listener.event)) return undefined;
		return { node: argument, title: `(gateway event) ${listener.event}`, documentation: ['Needs no intent: always sent.'] };
	}
	const guild = intentsForEvent(listener.dispatch, 'guild');
	const dm = intentsForEvent(listener.dispatch, 'dm');
	const needs =
		guild.length === 0 && dm.length === 0
			? 'Needs no intent: always sent.'
			: guild.join() === dm.join()
				? `Needs the ${withPrivilege(guild)} intent.`
				: `Needs ${withPrivilege(guild)} for guild events, ${withPrivilege(dm)} in DMs.`;
	const clients = readClientIntents(t, file);
	const client = clients.length === 1 && clients[0]?.complete === true ? clients[0] : undefined;
	const needed = [...new Set([...guild, ...dm])];
	const lacking = client !== undefined && needed.length > 0 && !needed.some((name) => client.names.has(name));
	return {
		node: argument,
		title: `(gateway event) ${listener.event === listener.dispatch ? listener.dispatch : `${listener.event} ← ${listener.dispatch}`}`,
		documentation: [needs, ...(lacking ? ['The client in this file has none of them: this listener never fires.'] : [])],
	};
}

/**
 * What to show when hovering `position`: a permission flag (what it grants, its bit, 2FA,
 * overwrites), the event of a listener (its intents), the parts of a snowflake written as a string (or
 * as a number), or what a gateway intent grants (`GatewayIntentBits.MessageContent`,
 * `'MessageContent'`, v13 `Intents.FLAGS.MESSAGE_CONTENT`).
 */
export function hoverAt(t: typeof ts, file: ts.SourceFile, position: number): EditorHover | undefined {
	const permission = permissionHover(t, file, position);
	if (permission !== undefined) return permission;
	const found = nodeHoverAt(t, file, position);
	return found === undefined
		? undefined
		: { start: found.node.getStart(file), end: found.node.getEnd(), title: found.title, documentation: found.documentation };
}

function nodeHoverAt(t: typeof ts, file: ts.SourceFile, position: number): NodeHover | undefined {
	const node = nodeAt(t, file, position);
	if (node === undefined) return undefined;
	const event = eventHover(t, file, node);
	if (event !== undefined) return event;
	if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node)) {
		if (SNOWFLAKE_PATTERN.test(node.text)) return snowflakeHover(node, node.text);
		const name = /^[A-Z0-9_]+$/.test(node.text) ? pascalFromScreaming(node.text) : node.text;
		return isIntent(name) ? intentHover(node, name) : undefined;
	}
	if (t.isNumericLiteral(node) && SNOWFLAKE_PATTERN.test(node.getText(file))) return snowflakeHover(node, node.getText(file));
	if (
		t.isIdentifier(node) &&
		t.isPropertyAccessExpression(node.parent) &&
		node.parent.name === node &&
		/Intent/.test(node.parent.expression.getText(file))
	) {
		const name = /^[A-Z0-9_]+$/.test(node.text) ? pascalFromScreaming(node.text) : node.text;
		return isIntent(name) ? intentHover(node, name) : undefined;
	}
	return undefined;
}
