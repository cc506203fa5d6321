import { ComponentTypes } from 'ovenjs/knowledge';
import { arr, escapeHtml, num, prop, safeLinkUrl, str } from './_html.js';
import type { PathMarks } from './_PathMarks.js';

/**
 * Button styles as Discord numbers them.
 * @see https://discord.com/developers/docs/components/reference#button-button-styles
 */
export const ButtonStyleClasses = {
	1: 'btn-primary',
	2: 'btn-secondary',
	3: 'btn-success',
	4: 'btn-danger',
	5: 'btn-link',
	6: 'btn-premium',
} as const satisfies Record<number, string>;

const selectTypes: ReadonlyMap<number, string> = new Map([
	[ComponentTypes.StringSelect.type, 'string'],
	[ComponentTypes.UserSelect.type, 'user'],
	[ComponentTypes.RoleSelect.type, 'role'],
	[ComponentTypes.MentionableSelect.type, 'mentionable'],
	[ComponentTypes.ChannelSelect.type, 'channel'],
]);

function emoji(value: unknown): string {
	const id = str(value, 'id');
	const name = str(value, 'name');
	if (id !== undefined && /^\d{17,20}$/.test(id)) {
		const ext = prop(value, 'animated') === true ? 'gif' : 'webp';
		return `<img class="component-emoji" alt="${escapeHtml(name ?? '')}" src="https://cdn.discordapp.com/emojis/${id}.${ext}?size=48">`;
	}
	return name === undefined ? '' : `<span class="component-emoji">${escapeHtml(name)}</span>`;
}

function button(component: unknown, path: string, marks: PathMarks): string {
	const style = num(component, 'style') ?? 2;
	const cls = ButtonStyleClasses[style as keyof typeof ButtonStyleClasses] ?? 'btn-secondary';
	const disabled = prop(component, 'disabled') === true;
	const label = str(component, 'label');
	const inner =
		emoji(prop(component, 'emoji')) +
		(label === undefined ? '' : `<span${marks.attrs(`${path}.label`, 'btn-label')}>${escapeHtml(label)}</span>`);
	const classes = `btn ${cls}${disabled ? ' btn-disabled' : ''}`;
	if (style === 5) {
		const url = safeLinkUrl(str(component, 'url'));
		const icon = '<span class="btn-external" aria-hidden="true">↗</span>';
		return url === undefined || disabled
			? `<span${marks.attrs(path, classes)} aria-disabled="${disabled}">${inner}${icon}</span>`
			: `<a${marks.attrs(path, classes)} href="${escapeHtml(url)}" rel="noreferrer noopener">${inner}${icon}</a>`;
	}
	const id = str(component, 'custom_id');
	const title = id === undefined ? '' : ` data-custom-id="${escapeHtml(id)}"`;
	return `<button type="button"${marks.attrs(path, classes)}${title}${disabled ? ' disabled' : ''}>${inner}</button>`;
}

function select(component: unknown, kind: string, path: string, marks: PathMarks): string {
	const disabled = prop(component, 'disabled') === true;
	const options = arr(component, 'options');
	const chosen = options.filter((o) => prop(o, 'default') === true).map((o) => str(o, 'label') ?? '');
	const placeholder = str(component, 'placeholder') ?? 'Make a selection';
	const shown =
		chosen.length > 0
			? escapeHtml(chosen.join(', '))
			: `<span${marks.attrs(`${path}.placeholder`, 'select-placeholder')}>${escapeHtml(placeholder)}</span>`;
	let list = '';
	options.forEach((option, i) => {
		const description = str(option, 'description');
		list +=
			`<li${marks.attrs(`${path}.options[${i}]`, 'select-option')}>${emoji(prop(option, 'emoji'))}<span class="select-option-label">${escapeHtml(str(option, 'label') ?? '')}</span>` +
			(description === undefined ? '' : `<span class="select-option-description">${escapeHtml(description)}</span>`) +
			'</li>';
	});
	const optionList = list === '' ? '' : `<ul${marks.attrs(`${path}.options`, 'select-options')}>${list}</ul>`;
	return `<div${marks.attrs(path, `select select-${kind}${disabled ? ' select-disabled' : ''}`)}><div class="select-box">${shown}<span class="select-chevron" aria-hidden="true">⌄</span></div>${optionList}</div>`;
}

/** The message's action rows: buttons (every style, disabled, emoji, link) and select menus. */
export function renderComponents(rows: readonly unknown[], marks: PathMarks): string {
	let html = '';
	rows.forEach((row, r) => {
		const rowPath = `components[${r}]`;
		let inner = '';
		arr(row, 'components').forEach((component, c) => {
			const path = `${rowPath}.components[${c}]`;
			const type = num(component, 'type');
			if (type === ComponentTypes.Button.type) inner += button(component, path, marks);
			else if (type !== undefined && selectTypes.has(type)) inner += select(component, selectTypes.get(type) ?? 'string', path, marks);
			else
				inner += `<span${marks.attrs(path, 'component-unknown')}>component type ${escapeHtml(String(type ?? '?'))} is not previewed</span>`;
		});
		html += `<div${marks.attrs(rowPath, 'action-row')}>${inner}</div>`;
	});
	return html === '' ? '' : `<div${marks.attrs('components', 'components')}>${html}</div>`;
}
