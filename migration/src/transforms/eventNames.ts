import { DiscordJsEventDispatch } from '@ovenjs/analysis';
import { Node, SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { camelFromDispatch, localNamesOf, replaceNode } from './_discordJs.js';
import { CLIENT_EVENTS, eventOfEnumMember } from './_discordEvents.js';

const LISTEN = new Set(['on', 'once', 'off', 'addListener', 'prependListener', 'prependOnceListener', 'removeListener']);

/** Events discord.js synthesises from one dispatch, so OvenJS's event carries different data. */
const SPLIT_DISPATCHES = new Set(['GUILD_EMOJIS_UPDATE', 'GUILD_STICKERS_UPDATE', 'WEBHOOKS_UPDATE']);

type Mapped = { readonly name: string; readonly todo?: string };

function mapEvent(djs: string): Mapped | undefined {
	if (Object.hasOwn(CLIENT_EVENTS, djs)) return { name: CLIENT_EVENTS[djs] ?? djs };
	const dispatch = Object.hasOwn(DiscordJsEventDispatch, djs) ? DiscordJsEventDispatch[djs] : undefined;
	if (dispatch === undefined) return undefined;
	const name = camelFromDispatch(dispatch);
	if (SPLIT_DISPATCHES.has(dispatch)) {
		return {
			name,
			todo: `discord.js's '${djs}' is one of several events it makes from ${dispatch}; OvenJS emits '${name}' with the payload of ${dispatch}. Adapt the handler.`,
		};
	}
	return { name };
}

/**
 * Event names in listener registrations: string names (v13's `message` and `interaction`
 * included) and the `Events` enum become OvenJS's event names (the dispatch in camelCase).
 */
export const eventNames: Transform = {
	name: 'event-names',
	description: "Listener event names (strings, v13 names and discord.js's Events enum) become OvenJS event names.",
	apply(file, context) {
		const enums = localNamesOf(file, 'Events');
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee) || !LISTEN.has(callee.getName())) continue;
			// `process.on('message')`, a collector's `on('end')`: typed, and not discord.js's client.
			if (context.types.receiver(callee)?.kind === 'other') continue;
			const [first] = call.getArguments();
			let djs: string | undefined;
			if (Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first)) djs = first.getLiteralValue();
			else if (Node.isPropertyAccessExpression(first) && enums.has(first.getExpression().getText())) {
				djs = eventOfEnumMember(first.getName());
			}
			if (djs === undefined || first === undefined) continue;
			if (djs === 'message' && context.from === 'v14') continue; // not a v14 event: someone else's emitter
			const mapped = mapEvent(djs);
			if (mapped === undefined) {
				if (Node.isPropertyAccessExpression(first))
					context.todo(
						call,
						`discord.js event '${djs}' has no OvenJS equivalent; listen to the gateway dispatch instead (client.on('raw', …)).`,
					);
				continue;
			}
			replaceNode(first, `'${mapped.name}'`);
			if (mapped.todo !== undefined) context.todo(call, mapped.todo);
		}
	},
};
