import type ts from 'typescript';
import { GatewayIntents, intentsForEvent, type GatewayIntentName } from 'ovenjs/knowledge';
import { finding, formatMessage, type Finding, type FindingFix } from './Finding.js';
import { readClientIntents, type ClientIntents } from './readIntents.js';
import { contentReads, readListeners } from './readListeners.js';

/** Message templates of the intent checks, by finding code. */
export const IntentMessages = {
	'missing-intent': "The '{event}' listener never fires: the client's intents include none of {needed}. Add {intent} to the intents.",
	'missing-message-content-intent':
		'message.content is empty for most messages without the MessageContent intent (privileged: enable it in the developer portal too).',
} as const;

/** A finding code of the intent checks. */
export type IntentFindingCode = keyof typeof IntentMessages;

/**
 * Listeners (and `message.content` reads) whose intent is missing from the intents of the
 * client created in the same file. Says nothing when there is no such client or its intents
 * cannot be fully evaluated, so a report is always real.
 */
export function findMissingIntents(t: typeof ts, file: ts.SourceFile): Finding<IntentFindingCode>[] {
	const clients = readClientIntents(t, file);
	const client = clients[0];
	if (clients.length !== 1 || client === undefined || !client.complete) return [];
	const out: Finding<IntentFindingCode>[] = [];
	for (const listener of readListeners(t, file)) {
		if (listener.dispatch === undefined) continue;
		const needed = [...new Set([...intentsForEvent(listener.dispatch, 'guild'), ...intentsForEvent(listener.dispatch, 'dm')])];
		const first = needed[0];
		if (first !== undefined && !needed.some((name) => client.names.has(name))) {
			const data = { event: listener.event, needed: needed.join(' or '), intent: first };
			out.push(
				finding(
					listener.eventNode,
					'missing-intent',
					formatMessage(IntentMessages['missing-intent'], data),
					data,
					addIntentFix(t, client, first),
				),
			);
		}
		if (
			(listener.dispatch === 'MESSAGE_CREATE' || listener.dispatch === 'MESSAGE_UPDATE') &&
			listener.handler !== undefined &&
			!client.names.has('MessageContent')
		) {
			for (const read of contentReads(t, listener.handler)) {
				out.push(
					finding(
						read,
						'missing-message-content-intent',
						IntentMessages['missing-message-content-intent'],
						{ intent: 'MessageContent' },
						addIntentFix(t, client, 'MessageContent'),
					),
				);
			}
		}
	}
	return out;
}

/**
 * An edit adding `intent` to the client's intents in the style they are written in
 * (`GatewayIntentBits.X`, `'X'`, `A | B`). Never safe: a privileged intent also needs the
 * developer portal, and more intents mean more traffic.
 */
export function addIntentFix(t: typeof ts, client: ClientIntents, intent: GatewayIntentName): FindingFix[] {
	const node = client.node;
	const sample = t.isArrayLiteralExpression(node)
		? node.elements[node.elements.length - 1]
		: t.isBinaryExpression(node)
			? node.right
			: undefined;
	if (sample === undefined) return [];
	let text: string | undefined;
	if (t.isPropertyAccessExpression(sample) && /^[A-Z][a-z]/.test(sample.name.text)) text = `${sample.expression.getText()}.${intent}`;
	else if (t.isStringLiteral(sample)) text = `'${intent}'`;
	else if (t.isNumericLiteral(sample)) text = String(GatewayIntents[intent].bit);
	if (text === undefined) return [];
	const description = `Add ${intent} to the client's intents${GatewayIntents[intent].privileged ? ' (privileged)' : ''}`;
	if (t.isArrayLiteralExpression(node)) {
		const insertAt = sample.getEnd();
		return [{ description, safe: false, edits: [{ start: insertAt, end: insertAt, text: `, ${text}` }] }];
	}
	return [{ description, safe: false, edits: [{ start: node.getEnd(), end: node.getEnd(), text: ` | ${text}` }] }];
}
