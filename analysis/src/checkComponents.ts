import type ts from 'typescript';
import { ComponentLimits, componentViolations, messageComponentsViolations, type PayloadValue } from 'ovenjs/knowledge';
import { calleeName, enclosingPropertyName, unwrap, walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { COMPONENT_BUILDER_CLASSES, ComponentKindLimitKey } from './componentKinds.js';
import { arrayElementsOf } from './evaluate.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { componentKindOf, readComponent, type ComponentModel } from './readComponent.js';

/** Message templates of the component checks, by finding code. */
export const ComponentMessages = {
	'component-text-too-long': 'This {what} is {length} characters long; Discord rejects more than {max}.',
	'component-text-empty': 'This {what} is empty; Discord requires at least {min} character.',
	'row-too-many-components': 'This action row holds {count} components; Discord allows at most {max} (a select menu fills a row alone).',
	'select-too-many-options': 'This select menu has {count} options; Discord allows at most {max}.',
	'modal-too-many-components': 'This modal has {count} components; Discord allows at most {max}.',
	'message-too-many-rows': 'This message has {count} action rows; Discord allows at most {max}.',
	'message-too-many-components': 'This message has {count} components counting nested ones; Discord allows at most {max}.',
} as const;

/** A finding code of the component checks. */
export type ComponentFindingCode = keyof typeof ComponentMessages;

// How the messages name each text, by the kind's limit key and the payload key.
const WHAT: Readonly<Record<string, string>> = {
	custom_id: 'custom_id',
	'2.label': 'button label',
	'2.url': 'button URL',
	'3.placeholder': 'select placeholder',
	'5.placeholder': 'select placeholder',
	'4.label': 'text input label',
	'4.placeholder': 'text input placeholder',
	'4.value': 'text input value',
	'option.label': 'option label',
	'option.value': 'option value',
	'option.description': 'option description',
	'modal.custom_id': 'modal custom_id',
	'modal.title': 'modal title',
};

function report(
	out: Finding<ComponentFindingCode>[],
	node: ts.Node,
	code: ComponentFindingCode,
	data: Record<string, string | number>,
): void {
	out.push(finding(node, code, formatMessage(ComponentMessages[code], data), data));
}

/**
 * A component in Discord's shape as far as the analysis knows it, for `componentViolations`
 * of `ovenjs/knowledge` (the builders' and the preview's check), with the node each payload
 * path was read from. Children count but are checked where they are written.
 */
function componentShape(
	t: typeof ts,
	component: ComponentModel,
): { shape: Record<string, PayloadValue>; nodes: Map<string, ts.Node>; as?: 'modal' | 'option' } {
	const limitKey = ComponentKindLimitKey[component.kind];
	const shape: Record<string, PayloadValue> = {};
	const nodes = new Map<string, ts.Node>([
		['component.components', component.childrenNode],
		['component.options', component.optionsNode],
	]);
	if (limitKey !== undefined && /^\d+$/.test(limitKey)) shape['type'] = Number(limitKey);
	for (const text of component.texts) {
		shape[text.key] = text.value.value;
		nodes.set(`component.${text.key}`, text.value.node);
	}
	shape['components'] = component.children.filter((child) => !t.isSpreadElement(child)).map(() => ({}));
	if (component.kind === 'stringSelect') {
		shape['options'] = component.options.map((option, i) => {
			const read = t.isObjectLiteralExpression(option) ? readComponent(t, option, 'selectOption') : undefined;
			const texts: Record<string, string> = {};
			for (const text of read?.texts ?? []) {
				texts[text.key] = text.value.value;
				nodes.set(`component.options[${i}].${text.key}`, text.value.node);
			}
			return texts;
		});
	}
	const as = component.kind === 'modal' ? 'modal' : component.kind === 'selectOption' ? 'option' : undefined;
	return as === undefined ? { shape, nodes } : { shape, nodes, as };
}

/** Findings on one component alone: its texts, children per row or modal, options per select. */
export function checkComponentModel(t: typeof ts, component: ComponentModel): Finding<ComponentFindingCode>[] {
	const out: Finding<ComponentFindingCode>[] = [];
	const { shape, nodes, as } = componentShape(t, component);
	const limitKey = ComponentKindLimitKey[component.kind] ?? 'other';
	for (const violation of componentViolations(shape, 'component', as)) {
		// Children's own violations are reported where the children are written.
		if (violation.path.startsWith('component.components[')) continue;
		const node = nodes.get(violation.path) ?? component.node;
		// Too few children or options may be ones the analysis cannot see (spreads, calls): only a count over the limit is certain.
		if ((violation.path === 'component.components' || violation.path === 'component.options') && violation.actual <= violation.limit.max)
			continue;
		if (violation.path === 'component.components') {
			const code = component.kind === 'modal' ? 'modal-too-many-components' : 'row-too-many-components';
			report(out, node, code, { count: violation.actual, max: violation.limit.max });
		} else if (violation.path === 'component.options') {
			report(out, node, 'select-too-many-options', { count: violation.actual, max: violation.limit.max });
		} else {
			const option = /^component\.options\[\d+\]\.(\w+)$/.exec(violation.path)?.[1];
			const key = option ?? violation.path.slice('component.'.length);
			const what = WHAT[option === undefined ? `${limitKey}.${key}` : `option.${key}`] ?? WHAT[key] ?? key;
			const short = violation.limit.min !== undefined && violation.actual < violation.limit.min;
			if (short) report(out, node, 'component-text-empty', { what, min: violation.limit.min ?? 1 });
			else report(out, node, 'component-text-too-long', { what, length: violation.actual, max: violation.limit.max });
		}
	}
	return out;
}

/** Findings on a message's top-level `components` array: rows and the total of nested components. */
export function checkMessageComponents(t: typeof ts, array: ts.ArrayLiteralExpression): Finding<ComponentFindingCode>[] {
	const out: Finding<ComponentFindingCode>[] = [];
	const top = arrayElementsOf(t, array).map((element) => readComponent(t, element));
	const shapes = top.map((component) => nestedShape(t, component, 0));
	for (const violation of messageComponentsViolations(shapes)) {
		if (violation.path !== 'components') continue;
		const code = violation.limit === ComponentLimits.actionRows ? 'message-too-many-rows' : 'message-too-many-components';
		report(out, array, code, { count: violation.actual, max: violation.limit.max });
	}
	return out;
}

// A message component with its nested children (as far as they can be read), for the counts.
function nestedShape(t: typeof ts, component: ComponentModel | undefined, depth: number): Record<string, PayloadValue> {
	if (component === undefined) return {};
	const type = ComponentKindLimitKey[component.kind];
	const children = depth < 4 ? component.children.map((child) => nestedShape(t, readComponent(t, child), depth + 1)) : [];
	return { ...(type !== undefined && /^\d+$/.test(type) ? { type: Number(type) } : {}), components: children };
}

/** Every component finding in a file. */
export function findComponentProblems(t: typeof ts, file: ts.SourceFile): Finding<ComponentFindingCode>[] {
	const out: Finding<ComponentFindingCode>[] = [];
	walk(t, file, (node) => {
		let component: ComponentModel | undefined;
		if (t.isNewExpression(node) && t.isIdentifier(node.expression) && COMPONENT_BUILDER_CLASSES.has(node.expression.text)) {
			let end: ts.Expression = node;
			while (!isChainEnd(t, end)) end = end.parent.parent as ts.Expression;
			component = readComponent(t, end);
		} else if (t.isObjectLiteralExpression(node)) {
			const isModalArg = t.isCallExpression(node.parent) && calleeName(t, node.parent) === 'showModal';
			if (componentKindOf(t, node) !== undefined || isModalArg) component = readComponent(t, node);
		} else if (t.isArrayLiteralExpression(node) && enclosingPropertyName(t, node) === 'components' && isMessageLevel(t, node)) {
			out.push(...checkMessageComponents(t, node));
		}
		if (component !== undefined) out.push(...checkComponentModel(t, component));
	});
	const seen = new Set<string>();
	return out.filter((f) => {
		const key = `${f.code}:${f.start}`;
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

// `components` of a row, modal or container is nested, not the message's own list.
function isMessageLevel(t: typeof ts, array: ts.ArrayLiteralExpression): boolean {
	const owner = unwrap(t, array).parent.parent;
	if (owner === undefined || !t.isObjectLiteralExpression(owner)) return false;
	if (componentKindOf(t, owner) !== undefined) return false;
	return !(t.isCallExpression(owner.parent) && calleeName(t, owner.parent) === 'showModal');
}
