import type ts from 'typescript';
import { unwrap } from './_ast.js';

// Names under which handlers hold an interaction: discord.js's guide, templates and frameworks.
const INTERACTION_NAME = /^(interaction|inter|int|i|itr|ctx)$|interaction$/i;
// Names that say the value is something else with a reply method.
const OTHER_NAME = /message|msg|channel|user|member|thread|webhook/i;

/** The type annotation written on the declaration of the identifier `name` in scope at `node`, if any. */
function declaredTypeText(t: typeof ts, node: ts.Node, name: string): string | undefined {
	for (let scope: ts.Node | undefined = node.parent; scope !== undefined; scope = scope.parent) {
		if (t.isFunctionLike(scope)) {
			for (const parameter of scope.parameters) {
				if (t.isIdentifier(parameter.name) && parameter.name.text === name) return parameter.type?.getText();
			}
		}
	}
	return undefined;
}

function typeSaysInteraction(t: typeof ts, checker: ts.TypeChecker, node: ts.Expression): boolean | undefined {
	const type = checker.getTypeAtLocation(node);
	if ((type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) !== 0) return undefined;
	const parts = type.isUnion() ? type.types : [type];
	const known = parts.filter((part) => (part.flags & (t.TypeFlags.Null | t.TypeFlags.Undefined)) === 0);
	if (known.length === 0) return undefined;
	// Interactions (discord.js's, OvenJS's, frameworks' wrappers) can be deferred; messages, channels and users cannot.
	return known.every((part) => part.getProperty('deferReply') !== undefined || /Interaction/.test(part.getSymbol()?.name ?? ''));
}

/**
 * Whether `receiver` (the `x` of `x.reply(...)`) holds an interaction. With a type checker
 * its type decides (it can be deferred: interactions can, messages cannot); where the type
 * is unknown (JavaScript, no types installed) the shape does: a parameter annotated with an
 * `…Interaction` type, or a name handlers use for one (`interaction`, `i`, `ctx`, `…Interaction`).
 */
export function isInteractionReceiver(t: typeof ts, receiver: ts.Expression, checker?: ts.TypeChecker): boolean {
	const node = unwrap(t, receiver);
	if (checker !== undefined) {
		const typed = typeSaysInteraction(t, checker, node);
		if (typed !== undefined) return typed;
	}
	const name = t.isIdentifier(node) ? node.text : t.isPropertyAccessExpression(node) ? node.name.text : undefined;
	if (name === undefined) return false;
	if (t.isIdentifier(node)) {
		const annotation = declaredTypeText(t, node, name);
		if (annotation !== undefined && /Interaction/.test(annotation)) return true;
		if (annotation !== undefined && /Message|Channel|User|Member/.test(annotation)) return false;
	}
	return INTERACTION_NAME.test(name) && !OTHER_NAME.test(name);
}
