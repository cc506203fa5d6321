import type ts from 'typescript';
import { calleeName, getProperty, nameOf, restArguments, unwrap } from './_ast.js';
import { readBuilderChain } from './builderChain.js';
import { ComponentLimits, ComponentTextLimits } from 'ovenjs/knowledge';
import {
	COMPONENT_BUILDER_CLASSES,
	ComponentBuilderKinds,
	ComponentKindLimitKey,
	ComponentTypeKinds,
	ComponentTypeNames,
	type ComponentKind,
} from './componentKinds.js';
import { arrayElementsOf, resolveExpression, staticNumber, staticString, staticStringValue, type StaticValue } from './evaluate.js';

/** One statically known text of a component, by its payload key. */
export interface ComponentText {
	/** The key in Discord's payload: `custom_id`, `label`, `url`, `placeholder`, `value`, `title`, `description`. */
	readonly key: string;
	readonly value: StaticValue<string>;
}

/** The payload keys of a kind's texts that have a limit (from `ComponentTextLimits` of `ovenjs/knowledge`). */
function textKeys(kind: ComponentKind): ReadonlySet<string> {
	const key = ComponentKindLimitKey[kind];
	return new Set(Object.keys(key === undefined ? { custom_id: ComponentLimits.customId } : (ComponentTextLimits[key] ?? {})));
}

/** What the analysis knows about one component, modal or select option. */
export interface ComponentModel {
	readonly kind: ComponentKind;
	readonly node: ts.Expression;
	readonly texts: readonly ComponentText[];
	/** Child components (of a row or modal), spreads left out. */
	readonly children: readonly ts.Expression[];
	/** Where the children are written. */
	readonly childrenNode: ts.Node;
	/** Options of a string select, spreads left out. */
	readonly options: readonly ts.Expression[];
	/** Where the options are written. */
	readonly optionsNode: ts.Node;
}

// Property spellings → the payload key.
const PROPERTY_KEYS: Readonly<Record<string, string>> = {
	custom_id: 'custom_id',
	customId: 'custom_id',
	label: 'label',
	placeholder: 'placeholder',
	value: 'value',
	title: 'title',
	url: 'url',
	description: 'description',
};

/** The kind of an object literal by its `type` property, if it has a known one. */
export function componentKindOf(t: typeof ts, object: ts.ObjectLiteralExpression): ComponentKind | undefined {
	const type = getProperty(t, object, 'type');
	if (type === undefined) return undefined;
	const number = staticNumber(t, type);
	if (number !== undefined) return ComponentTypeKinds[number] ?? 'other';
	const name = t.isPropertyAccessExpression(type) ? type.name.text : staticString(t, type);
	return name === undefined ? undefined : (ComponentTypeNames[name] ?? 'other');
}

/**
 * Reads a component written as a builder chain, as an object literal with a `type`, or as
 * an object in a context that fixes its kind (`showModal({...})` is a modal).
 */
export function readComponent(t: typeof ts, node: ts.Expression, kindHint?: ComponentKind): ComponentModel | undefined {
	const target = resolveExpression(t, node);
	if (t.isObjectLiteralExpression(target)) {
		const kind = componentKindOf(t, target) ?? kindHint ?? modalByContext(t, target);
		return kind === undefined ? undefined : readObject(t, target, kind);
	}
	const chain = readBuilderChain(t, target, COMPONENT_BUILDER_CLASSES);
	if (chain === undefined) return undefined;
	const kind = ComponentBuilderKinds[chain.className] ?? 'other';
	const first = chain.root.arguments?.[0];
	const base = first === undefined ? undefined : readComponent(t, first, kind);
	const texts: ComponentText[] = [...(base?.texts ?? [])];
	let children: ts.Expression[] = [...(base?.children ?? [])];
	let options: ts.Expression[] = [...(base?.options ?? [])];
	let childrenNode: ts.Node = chain.node;
	let optionsNode: ts.Node = chain.node;
	const keys = textKeys(kind);
	for (const call of chain.calls) {
		const setter = /^set([A-Z]\w*)$/.exec(call.method)?.[1];
		const key = setter === undefined ? undefined : setter === 'CustomId' ? 'custom_id' : setter === 'URL' ? 'url' : setter.toLowerCase();
		const value = staticStringValue(t, call.args[0]);
		if (key !== undefined && keys.has(key) && value !== undefined) texts.push({ key, value });
		if (call.method === 'setComponents') children = [];
		if (call.method === 'setOptions') options = [];
		if (call.method === 'addComponents' || call.method === 'setComponents') {
			children.push(...restArguments(t, call.args));
			childrenNode = call.node;
		} else if (call.method === 'addOptions' || call.method === 'setOptions') {
			options.push(...restArguments(t, call.args));
			optionsNode = call.node;
		}
	}
	return { kind, node: chain.node, texts, children, childrenNode, options, optionsNode };
}

function readObject(t: typeof ts, object: ts.ObjectLiteralExpression, kind: ComponentKind): ComponentModel {
	const keys = textKeys(kind);
	const texts: ComponentText[] = [];
	for (const property of object.properties) {
		if (!t.isPropertyAssignment(property)) continue;
		const name = nameOf(t, property.name);
		const key = name === undefined || !Object.hasOwn(PROPERTY_KEYS, name) ? undefined : PROPERTY_KEYS[name];
		const value = staticStringValue(t, unwrap(t, property.initializer));
		if (key !== undefined && keys.has(key) && value !== undefined) texts.push({ key, value });
	}
	const componentsNode = getProperty(t, object, 'components');
	const optionsNode = getProperty(t, object, 'options');
	return {
		kind,
		node: object,
		texts,
		children: arrayElementsOf(t, componentsNode),
		childrenNode: componentsNode ?? object,
		options: kind === 'stringSelect' ? arrayElementsOf(t, optionsNode) : [],
		optionsNode: optionsNode ?? object,
	};
}

// `interaction.showModal({ title, custom_id, components })` takes a modal without a `type`.
function modalByContext(t: typeof ts, object: ts.ObjectLiteralExpression): ComponentKind | undefined {
	const parent = object.parent;
	return t.isCallExpression(parent) && calleeName(t, parent) === 'showModal' ? 'modal' : undefined;
}
