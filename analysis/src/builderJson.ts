import type ts from 'typescript';
import { ComponentTypes } from 'ovenjs/knowledge';
import { restArguments } from './_ast.js';
import { readBuilderChain, type BuilderChain } from './builderChain.js';
import { COMPONENT_BUILDER_CLASSES, ComponentBuilderKinds } from './componentKinds.js';
import { EMBED_BUILDER_CLASSES } from './readEmbed.js';
import { discordKey, NOT_A_BUILDER, markUnresolved, staticJson, type JsonContext, type JsonValue } from './staticJson.js';

type JsonObject = { [key: string]: JsonValue };

/**
 * Discord's component `type` per builder class, from `ComponentTypes` in `ovenjs/knowledge`.
 * Modals and select options have no `type`.
 */
export const BuilderComponentTypes: Readonly<Record<string, number>> = {
	ActionRowBuilder: ComponentTypes.ActionRow.type,
	MessageActionRow: ComponentTypes.ActionRow.type,
	ButtonBuilder: ComponentTypes.Button.type,
	MessageButton: ComponentTypes.Button.type,
	StringSelectMenuBuilder: ComponentTypes.StringSelect.type,
	SelectMenuBuilder: ComponentTypes.StringSelect.type,
	MessageSelectMenu: ComponentTypes.StringSelect.type,
	UserSelectMenuBuilder: ComponentTypes.UserSelect.type,
	RoleSelectMenuBuilder: ComponentTypes.RoleSelect.type,
	MentionableSelectMenuBuilder: ComponentTypes.MentionableSelect.type,
	ChannelSelectMenuBuilder: ComponentTypes.ChannelSelect.type,
	TextInputBuilder: ComponentTypes.TextInput.type,
	TextInputComponent: ComponentTypes.TextInput.type,
};

// Setters that take no argument to mean `true`.
const FLAG_SETTERS: ReadonlySet<string> = new Set(['setDisabled', 'setRequired', 'setDefault', 'setInline']);

/**
 * The {@link JsonContext.builder} that turns embed builder chains (`EmbedBuilder`,
 * `MessageEmbed`) and component builder chains (`ButtonBuilder`, `ActionRowBuilder`,
 * selects, text inputs, modals) into the JSON Discord receives.
 */
export function builderJson(ctx: JsonContext, node: ts.Expression, path: string): JsonValue | undefined | typeof NOT_A_BUILDER {
	const { t } = ctx;
	if (!t.isCallExpression(node) && !t.isNewExpression(node)) return NOT_A_BUILDER;
	const embed = readBuilderChain(t, node, EMBED_BUILDER_CLASSES);
	if (embed !== undefined) return embedChainJson(ctx, embed, path);
	const component = readBuilderChain(t, node, COMPONENT_BUILDER_CLASSES);
	if (component !== undefined) return componentChainJson(ctx, component, path);
	return NOT_A_BUILDER;
}

function at(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

function baseObject(ctx: JsonContext, chain: BuilderChain, path: string): JsonObject {
	const first = chain.root.arguments?.[0];
	const base = first === undefined ? undefined : staticJson(ctx, first, path);
	return base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...base } : {};
}

function embedChainJson(ctx: JsonContext, chain: BuilderChain, path: string): JsonObject {
	const { t } = ctx;
	const out = baseObject(ctx, chain, path);
	const set = (key: string, arg: ts.Expression | undefined): void => {
		if (arg === undefined) return;
		const value = staticJson(ctx, arg, at(path, key));
		if (value !== undefined) out[key] = value;
	};
	const setNested = (key: string, inner: string, arg: ts.Expression | undefined, extra?: ts.Expression): void => {
		if (arg === undefined) return;
		const value = staticJson(ctx, arg, at(path, key));
		// v13 took `setFooter(text, iconURL)`; v14 takes `{ text, iconURL }`.
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) out[key] = value;
		else if (typeof value === 'string') {
			const object: JsonObject = { [inner]: value };
			const icon = extra === undefined ? undefined : staticJson(ctx, extra, at(path, `${key}.icon_url`));
			if (typeof icon === 'string') object['icon_url'] = icon;
			out[key] = object;
		}
	};
	const fields = (): JsonValue[] => (Array.isArray(out['fields']) ? out['fields'] : (out['fields'] = []));
	for (const call of chain.calls) {
		const [a, b, c] = call.args;
		switch (call.method) {
			case 'setTitle':
				set('title', a);
				break;
			case 'setDescription':
				set('description', a);
				break;
			case 'setURL':
				set('url', a);
				break;
			case 'setColor':
				setColor(ctx, out, a, at(path, 'color'));
				break;
			case 'setTimestamp': {
				const value = a === undefined ? Date.now() : staticJson(ctx, a, at(path, 'timestamp'));
				if (typeof value === 'number') out['timestamp'] = new Date(value).toISOString();
				else if (typeof value === 'string') out['timestamp'] = value;
				break;
			}
			case 'setFooter':
				setNested('footer', 'text', a, b);
				break;
			case 'setAuthor':
				setNested('author', 'name', a, b);
				break;
			case 'setThumbnail':
				setNested('thumbnail', 'url', a);
				break;
			case 'setImage':
				setNested('image', 'url', a);
				break;
			case 'addField': {
				const list = fields();
				const field: JsonObject = {};
				const name = a === undefined ? undefined : staticJson(ctx, a, `${at(path, 'fields')}[${list.length}].name`);
				const value = b === undefined ? undefined : staticJson(ctx, b, `${at(path, 'fields')}[${list.length}].value`);
				if (name !== undefined) field['name'] = name;
				if (value !== undefined) field['value'] = value;
				if (c !== undefined && c.kind === t.SyntaxKind.TrueKeyword) field['inline'] = true;
				list.push(field);
				break;
			}
			case 'setFields':
			case 'addFields': {
				if (call.method === 'setFields') out['fields'] = [];
				const list = fields();
				for (const field of restArguments(t, call.args)) {
					const value = staticJson(ctx, field, `${at(path, 'fields')}[${list.length}]`);
					if (Array.isArray(value)) list.push(...value);
					else list.push(value ?? {});
				}
				break;
			}
			default:
				if (/^set[A-Z]/.test(call.method)) markUnresolved(ctx, call.node, path, `.${call.method}() is not understood by the preview.`);
				break;
		}
	}
	return out;
}

// Hex strings, `[r, g, b]` and numbers; named colours only when they resolve to a constant.
function setColor(ctx: JsonContext, out: JsonObject, arg: ts.Expression | undefined, path: string): void {
	if (arg === undefined) return;
	const value = staticJson(ctx, arg, path);
	if (typeof value === 'number') out['color'] = value;
	else if (typeof value === 'string' && /^#?[0-9a-f]{6}$/i.test(value)) out['color'] = Number.parseInt(value.replace('#', ''), 16);
	else if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'number')) {
		const [r, g, b] = value as number[];
		out['color'] = ((r ?? 0) << 16) + ((g ?? 0) << 8) + (b ?? 0);
	} else if (value !== undefined)
		markUnresolved(ctx, arg, path, `The colour ${JSON.stringify(value)} is not a number, hex string or [r, g, b].`);
}

function componentChainJson(ctx: JsonContext, chain: BuilderChain, path: string): JsonObject {
	const { t } = ctx;
	const kind = ComponentBuilderKinds[chain.className];
	const type = BuilderComponentTypes[chain.className];
	const out = baseObject(ctx, chain, path);
	if (type !== undefined) out['type'] = type;
	for (const call of chain.calls) {
		const list =
			call.method === 'addComponents' || call.method === 'setComponents'
				? 'components'
				: call.method === 'addOptions' || call.method === 'setOptions'
					? 'options'
					: undefined;
		if (list !== undefined) {
			if (call.method.startsWith('set') || !Array.isArray(out[list])) out[list] = [];
			const items = out[list] as JsonValue[];
			for (const item of restArguments(t, call.args)) {
				const value = staticJson(ctx, item, `${at(path, list)}[${items.length}]`);
				if (Array.isArray(value)) items.push(...value);
				else items.push(value ?? {});
			}
			continue;
		}
		const setter = /^set([A-Z]\w*)$/.exec(call.method)?.[1];
		if (setter === undefined) continue;
		const key = discordKey(setter);
		const arg = call.args[0];
		if (arg === undefined) {
			if (FLAG_SETTERS.has(call.method)) out[key] = true;
			continue;
		}
		const value = staticJson(ctx, arg, at(path, key));
		if (value === undefined) continue;
		// `setStyle('PRIMARY')` in v13 spelled the style by name.
		out[key] = key === 'style' && typeof value === 'string' ? (V13_STYLES[value] ?? value) : value;
	}
	if (kind === 'modal') delete out['type'];
	return out;
}

// discord.js v13 button and text-input style names.
const V13_STYLES: Readonly<Record<string, number>> = { PRIMARY: 1, SECONDARY: 2, SUCCESS: 3, DANGER: 4, LINK: 5, SHORT: 1, PARAGRAPH: 2 };
