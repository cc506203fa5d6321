import type ts from 'typescript';
import { GatewayIntents, type GatewayIntentName } from 'ovenjs/knowledge';
import { calleeName, getProperty, unwrap, walk } from './_ast.js';
import { resolveExpression, staticNumber, staticString } from './evaluate.js';
import { pascalFromScreaming } from './listenerEvents.js';

/** The intents a client is created with, as far as the code shows them. */
export interface ClientIntents {
	/** The `new Client(...)` / `createClient(...)` call. */
	readonly client: ts.Expression;
	/** The `intents` value as written (after following a same-file const). */
	readonly node: ts.Expression;
	/** The intents the analysis could name. */
	readonly names: ReadonlySet<GatewayIntentName>;
	/** False when some part could not be evaluated; then nothing can be said to be missing. */
	readonly complete: boolean;
}

/** Constructors and factories that create a client from options with `intents`. */
export const CLIENT_FACTORIES: ReadonlySet<string> = new Set(['Client', 'createClient', 'ShardingClient', 'SapphireClient']);

const known = (name: string): name is GatewayIntentName => Object.hasOwn(GatewayIntents, name);

/**
 * Evaluates an intents value: arrays, `|` of flags, `GatewayIntentBits.X`,
 * `IntentsBitField.Flags.X`, v13 `Intents.FLAGS.X`, intent names as strings, numbers and
 * `new IntentsBitField([...])`.
 */
export function evaluateIntents(t: typeof ts, node: ts.Expression, names: Set<GatewayIntentName>, depth = 0): boolean {
	if (depth > 8) return false;
	const inner = resolveExpression(t, node);
	if (t.isArrayLiteralExpression(inner)) {
		return inner.elements.every((element) => !t.isSpreadElement(element) && evaluateIntents(t, element, names, depth + 1));
	}
	if (t.isBinaryExpression(inner) && inner.operatorToken.kind === t.SyntaxKind.BarToken) {
		const left = evaluateIntents(t, inner.left, names, depth + 1);
		return evaluateIntents(t, inner.right, names, depth + 1) && left;
	}
	if (t.isNewExpression(inner) && inner.arguments?.[0] !== undefined) return evaluateIntents(t, inner.arguments[0], names, depth + 1);
	const written = t.isPropertyAccessExpression(inner) ? inner.name.text : staticString(t, inner);
	if (written !== undefined) {
		const name = /^[A-Z0-9_]+$/.test(written) ? pascalFromScreaming(written) : written;
		if (!known(name)) return false;
		names.add(name);
		return true;
	}
	const bits = staticNumber(t, inner);
	if (bits === undefined) return false;
	for (const name of Object.keys(GatewayIntents)) if (known(name) && (bits & GatewayIntents[name].bit) !== 0) names.add(name);
	return true;
}

/** Every client created in the file with an `intents` option. */
export function readClientIntents(t: typeof ts, file: ts.SourceFile): ClientIntents[] {
	const out: ClientIntents[] = [];
	walk(t, file, (node) => {
		if (!t.isNewExpression(node) && !t.isCallExpression(node)) return;
		const name = calleeName(t, node);
		const options = node.arguments?.[0];
		if (name === undefined || !CLIENT_FACTORIES.has(name) || options === undefined) return;
		const object = resolveExpression(t, options);
		if (!t.isObjectLiteralExpression(object)) return;
		const intents = getProperty(t, object, 'intents');
		if (intents === undefined) return;
		const names = new Set<GatewayIntentName>();
		const complete = evaluateIntents(t, intents, names);
		out.push({ client: node, node: resolveExpression(t, unwrap(t, intents)), names, complete });
	});
	return out;
}
