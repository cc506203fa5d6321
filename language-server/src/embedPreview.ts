import {
	EMBED_BUILDER_CLASSES,
	builderJson,
	isChainEnd,
	jsonContext,
	readBuilderChain,
	staticJson,
	type JsonValue,
} from '@ovenjs/analysis';
import type ts from 'typescript';
import { nodeRange, pathToUri } from './_positions.js';
import type { DiscordJson, EmbedPreviewResult, EmbedPreviewUnresolved } from './protocol.js';
import { previewViolations } from './previewViolations.js';

/** What a preview evaluates: one embed, or a message payload (`{ embeds, components }`). */
export interface PreviewTarget {
	readonly kind: 'embed' | 'message';
	readonly node: ts.Expression;
}

/** Whether `node` is an embed: the end of an embed builder chain, or an object literal inside `embeds: [...]`. */
export function isEmbedNode(t: typeof ts, node: ts.Node): node is ts.Expression {
	if (t.isObjectLiteralExpression(node)) {
		let current: ts.Node = node;
		while (t.isParenthesizedExpression(current.parent) || t.isAsExpression(current.parent) || t.isSatisfiesExpression(current.parent))
			current = current.parent;
		const array = current.parent;
		return (
			t.isArrayLiteralExpression(array) &&
			t.isPropertyAssignment(array.parent) &&
			array.parent.initializer === array &&
			propertyName(t, array.parent) === 'embeds'
		);
	}
	if (!t.isCallExpression(node) && !t.isNewExpression(node)) return false;
	return isChainEnd(t, node) && readBuilderChain(t, node, EMBED_BUILDER_CLASSES) !== undefined;
}

function propertyName(t: typeof ts, property: ts.PropertyAssignment): string | undefined {
	return t.isIdentifier(property.name) || t.isStringLiteral(property.name) ? property.name.text : undefined;
}

function isMessagePayload(t: typeof ts, node: ts.Node): node is ts.ObjectLiteralExpression {
	return (
		t.isObjectLiteralExpression(node) &&
		node.properties.some((p) =>
			t.isPropertyAssignment(p) || t.isShorthandPropertyAssignment(p)
				? ['embeds', 'components'].includes(t.isPropertyAssignment(p) ? (propertyName(t, p) ?? '') : p.name.text)
				: false,
		)
	);
}

/**
 * The embed or message payload around `offset`: the innermost embed (widened to the message
 * payload whose `embeds` holds it, so the preview shows its components too), else the
 * innermost `{ embeds | components }` object.
 */
export function findPreviewTarget(t: typeof ts, file: ts.SourceFile, offset: number): PreviewTarget | undefined {
	const path: ts.Node[] = [];
	let current: ts.Node | undefined = file;
	while (current !== undefined) {
		path.push(current);
		let next: ts.Node | undefined;
		t.forEachChild(current, (child) => {
			if (next === undefined && child.getStart(file) <= offset && offset < child.getEnd()) next = child;
		});
		current = next;
	}
	for (let i = path.length - 1; i >= 0; i--) {
		let node = path[i];
		if (node === undefined) continue;
		if (t.isVariableDeclaration(node) && node.initializer !== undefined) node = node.initializer;
		if (isEmbedNode(t, node)) {
			for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
				const outer = path[j];
				if (outer !== undefined && isMessagePayload(t, outer)) return { kind: 'message', node: outer };
			}
			return { kind: 'embed', node };
		}
		if (isMessagePayload(t, node)) return { kind: 'message', node };
	}
	return undefined;
}

/**
 * Evaluates the embed or message payload at `offset` to Discord JSON with the checker (so
 * constants imported from other files resolve), marking what could not be evaluated and
 * the limits the result breaks. Undefined when there is nothing to preview there.
 */
export function embedPreview(
	t: typeof ts,
	checker: ts.TypeChecker | undefined,
	file: ts.SourceFile,
	offset: number,
): EmbedPreviewResult | undefined {
	const target = findPreviewTarget(t, file, offset);
	if (target === undefined) return undefined;
	const ctx = jsonContext(t, checker, builderJson);
	let embeds: JsonValue[] = [];
	let components: JsonValue[] = [];
	let content: string | undefined;
	if (target.kind === 'embed') {
		embeds = [staticJson(ctx, target.node, 'embeds[0]') ?? {}];
	} else {
		const object = target.node as ts.ObjectLiteralExpression;
		const message = staticJson(ctx, object, '');
		if (message !== null && typeof message === 'object' && !Array.isArray(message)) {
			embeds = Array.isArray(message['embeds']) ? message['embeds'] : [];
			components = Array.isArray(message['components']) ? message['components'] : [];
			if (typeof message['content'] === 'string') content = message['content'];
		}
		// Only the parts of the payload the preview shows.
		ctx.unresolved.splice(0, ctx.unresolved.length, ...ctx.unresolved.filter((u) => /^(embeds|components|content)\b/.test(u.path)));
	}
	const unresolved: EmbedPreviewUnresolved[] = ctx.unresolved.map((part) => {
		const other = part.node.getSourceFile() !== file;
		return {
			path: part.path,
			reason: part.reason,
			range: nodeRange(part.node),
			...(other ? { uri: pathToUri(part.node.getSourceFile().fileName) } : {}),
		};
	});
	const unresolvedPaths = new Set(unresolved.map((u) => u.path));
	return {
		embeds: embeds as DiscordJson[],
		components: components as DiscordJson[],
		...(content === undefined ? {} : { content }),
		unresolved,
		violations: previewViolations(embeds, components, unresolvedPaths),
		range: nodeRange(target.node),
	};
}
