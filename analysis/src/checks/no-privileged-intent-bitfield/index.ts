import type ts from 'typescript';
import { GatewayIntents, PRIVILEGED_INTENTS, type GatewayIntentName } from 'ovenjs/knowledge';
import { unwrap } from '../../_ast.js';
import { staticNumber } from '../../evaluate.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { readClientIntents } from '../../readIntents.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `no-privileged-intent-bitfield`. */
export const PrivilegedBitfieldMessages = {
	'privileged-intent-in-number':
		'The intents number {value} includes the privileged {names}: unless each is enabled for the application in the developer portal, the gateway closes with 4014 (Disallowed intent). Name the intents (GatewayIntentBits.…) so the choice is visible, and drop the ones the bot does not need.',
} as const;

/** The number an intents value is written as: `32767`, `1 << 15 | 513`, `new IntentsBitField(3276799)`. */
function numberOf(t: typeof ts, node: ts.Expression): number | undefined {
	const inner = unwrap(t, node);
	if (t.isNewExpression(inner) && inner.arguments?.length === 1 && inner.arguments[0] !== undefined) return numberOf(t, inner.arguments[0]);
	return staticNumber(t, inner);
}

/**
 * Client intents written as one number whose bits include privileged intents
 * (GuildMembers, GuildPresences, MessageContent): a copied `32767` or `3276799` asks for all
 * of them without saying so.
 * @see https://discord.com/developers/docs/events/gateway#privileged-intents
 */
export function findPrivilegedBitfields(t: typeof ts, file: ts.SourceFile): Finding<'privileged-intent-in-number'>[] {
	const out: Finding<'privileged-intent-in-number'>[] = [];
	for (const client of readClientIntents(t, file)) {
		const value = numberOf(t, client.node);
		if (value === undefined || (value & PRIVILEGED_INTENTS) === 0) continue;
		const names = (Object.keys(GatewayIntents) as GatewayIntentName[]).filter(
			(name) => GatewayIntents[name].privileged && (value & GatewayIntents[name].bit) !== 0,
		);
		const data = { value, names: names.join(', ') };
		out.push(
			finding(
				client.node,
				'privileged-intent-in-number',
				formatMessage(PrivilegedBitfieldMessages['privileged-intent-in-number'], data),
				data,
			),
		);
	}
	return out;
}

/** `no-privileged-intent-bitfield`: privileged intents hidden in a numeric bitfield. */
export default defineCheck({
	id: 'no-privileged-intent-bitfield',
	description: 'Disallow client intents written as a number that includes privileged intents.',
	kind: 'suggestion',
	messages: PrivilegedBitfieldMessages,
	codes: { 'privileged-intent-in-number': 93130 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findPrivilegedBitfields(t, file),
});
