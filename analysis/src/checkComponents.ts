import type ts from 'typescript';
import { ComponentLimits, ModalLimits, type DiscordLimit } from 'ovenjs/knowledge';
import { calleeName, enclosingPropertyName, unwrap, walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { COMPONENT_BUILDER_CLASSES } from './componentKinds.js';
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

const WHAT: Readonly<Record<string, string>> = {
	customId: 'custom_id',
	buttonLabel: 'button label',
	buttonUrl: 'button URL',
	selectPlaceholder: 'select placeholder',
	textInputLabel: 'text input label',
	textInputPlaceholder: 'text input placeholder',
	textInputValue: 'text input value',
	selectOptionLabel: 'option label',
	selectOptionValue: 'option value',
	selectOptionDescription: 'option description',
	'modal.customId': 'modal custom_id',
	'modal.title': 'modal title',
};

function limitOf(key: string): DiscordLimit | undefined {
	if (key.startsWith('modal.')) return (ModalLimits as Readonly<Record<string, DiscordLimit>>)[key.slice('modal.'.length)];
	return (ComponentLimits as Readonly<Record<string, DiscordLimit>>)[key];
}

function report(
	out: Finding<ComponentFindingCode>[],
	node: ts.Node,
	code: ComponentFindingCode,
	data: Record<string, string | number>,
): void {
	out.push(finding(node, code, formatMessage(ComponentMessages[code], data), data));
}

/** Findings on one component alone: its texts, children per row or modal, options per select. */
export function checkComponentModel(t: typeof ts, component: ComponentModel): Finding<ComponentFindingCode>[] {
	const out: Finding<ComponentFindingCode>[] = [];
	const texts = [...component.texts];
	if (component.kind === 'stringSelect') {
		for (const option of component.options) {
			if (t.isObjectLiteralExpression(option)) texts.push(...(readComponent(t, option, 'selectOption')?.texts ?? []));
		}
		if (component.options.length > ComponentLimits.selectOptions.max) {
			report(out, component.optionsNode, 'select-too-many-options', {
				count: component.options.length,
				max: ComponentLimits.selectOptions.max,
			});
		}
	}
	for (const text of texts) {
		const limit = limitOf(text.limit);
		if (limit === undefined) continue;
		const what = WHAT[text.limit] ?? text.limit;
		const length = text.value.value.length;
		if (length > limit.max) report(out, text.value.node, 'component-text-too-long', { what, length, max: limit.max });
		else if (limit.min !== undefined && length < limit.min) report(out, text.value.node, 'component-text-empty', { what, min: limit.min });
	}
	const count = component.children.filter((child) => !t.isSpreadElement(child)).length;
	if (component.kind === 'actionRow' && count > ComponentLimits.actionRowChildren.max) {
		report(out, component.childrenNode, 'row-too-many-components', { count, max: ComponentLimits.actionRowChildren.max });
	}
	if (component.kind === 'modal' && count > ModalLimits.components.max) {
		report(out, component.childrenNode, 'modal-too-many-components', { count, max: ModalLimits.components.max });
	}
	return out;
}

/** Findings on a message's top-level `components` array: rows and the total of nested components. */
export function checkMessageComponents(t: typeof ts, array: ts.ArrayLiteralExpression): Finding<ComponentFindingCode>[] {
	const out: Finding<ComponentFindingCode>[] = [];
	const top = arrayElementsOf(t, array).map((element) => readComponent(t, element));
	if (top.length > ComponentLimits.actionRows.max && top.every((c) => c?.kind === 'actionRow')) {
		report(out, array, 'message-too-many-rows', { count: top.length, max: ComponentLimits.actionRows.max });
	}
	const total = countComponents(t, top, 0);
	if (total > ComponentLimits.totalComponents.max) {
		report(out, array, 'message-too-many-components', { count: total, max: ComponentLimits.totalComponents.max });
	}
	return out;
}

function countComponents(t: typeof ts, components: readonly (ComponentModel | undefined)[], depth: number): number {
	let total = 0;
	for (const component of components) {
		total += 1;
		if (component !== undefined && depth < 4)
			total += countComponents(
				t,
				component.children.map((c) => readComponent(t, c)),
				depth + 1,
			);
	}
	return total;
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
