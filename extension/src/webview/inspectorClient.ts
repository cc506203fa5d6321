/**
 * The Gateway Inspector webview's script (bundled to `dist/webview/inspector.js`). Every
 * value from the stream is written with `textContent` or as an SVG attribute of numbers,
 * never parsed as HTML.
 */
import { isInspectorMessage } from '../inspectorProtocol.js';
import { eventLabel, InspectorState, type InspectorEvent } from './InspectorState.js';

const state = new InspectorState();
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const svgNs = 'http://www.w3.org/2000/svg';

function el(tag: string, text?: string, cls?: string): HTMLElement {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (cls !== undefined) node.className = cls;
	return node;
}

function row(cells: readonly string[], cls?: string): HTMLTableRowElement {
	const tr = document.createElement('tr');
	if (cls !== undefined) tr.className = cls;
	for (const c of cells) tr.append(el('td', c));
	return tr;
}

function jsonNode(key: string | undefined, value: unknown, depth: number): HTMLElement {
	const keyEl = key === undefined ? undefined : el('span', `${key}: `, 'json-key');
	if (typeof value === 'object' && value !== null) {
		const details = document.createElement('details');
		details.open = depth < 2;
		const summary = document.createElement('summary');
		if (keyEl !== undefined) summary.append(keyEl);
		const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
		summary.append(Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`);
		details.append(summary);
		for (const [k, v] of entries) details.append(jsonNode(k, v, depth + 1));
		return details;
	}
	const leaf = el('div', undefined, 'json-leaf');
	if (keyEl !== undefined) leaf.append(keyEl);
	const cls = typeof value === 'string' ? 'json-string' : typeof value === 'number' ? 'json-number' : 'json-literal';
	leaf.append(el('span', typeof value === 'string' ? JSON.stringify(value) : String(value), cls));
	return leaf;
}

function time(at: number): string {
	return new Date(at).toISOString().slice(11, 23);
}

function drawEvents(): void {
	const tbody = $('event-rows');
	const rows = state.visibleEvents().map((e: InspectorEvent) => {
		const where = e.type === 'packet' ? `#${e.shardId} ${e.direction === 'in' ? '⇣' : '⇡'}` : `${e.status}`;
		const tr = row(
			[time(e.at), where, eventLabel(e), e.guildId ?? (e.type === 'rest' ? `${e.durationMs} ms` : '')],
			e.type === 'packet' ? `dir-${e.direction}` : 'kind-rest',
		);
		tr.dataset['id'] = String(e.id);
		if (state.selected?.id === e.id) tr.classList.add('selected');
		return tr;
	});
	tbody.replaceChildren(...rows);
	const shardSelect = $<HTMLSelectElement>('filter-shard');
	const ids = state.shardIds().map(String);
	const have = [...shardSelect.options].map((o) => o.value).slice(1);
	if (ids.join() !== have.join()) {
		const value = shardSelect.value;
		shardSelect.replaceChildren(el('option', 'all'), ...ids.map((id) => el('option', id)));
		shardSelect.value = ids.includes(value) ? value : 'all';
	}
	$('status').textContent = state.paused ? `paused, ${state.pendingCount} waiting` : `${rows.length} shown`;
}

function drawDetail(): void {
	const selected = state.selected;
	$('detail-empty').hidden = selected !== undefined;
	const tree = $('json-tree');
	if (selected === undefined) return void tree.replaceChildren();
	const { id: _id, guildId: _guild, ...message } = selected;
	tree.replaceChildren(jsonNode(undefined, message, 0));
}

function drawPanels(): void {
	const shards = [...state.shards].map(([id, s]) => {
		const box = el('div', undefined, 'shard');
		box.dataset['shard'] = String(id);
		const last = s.latencies.at(-1);
		box.append(el('div', `#${id} ${s.status}${last === undefined ? '' : ` · ${Math.round(last)} ms`}`));
		const svg = document.createElementNS(svgNs, 'svg');
		svg.setAttribute('class', 'latency');
		svg.setAttribute('viewBox', '0 0 100 40');
		svg.setAttribute('preserveAspectRatio', 'none');
		const line = document.createElementNS(svgNs, 'polyline');
		const max = Math.max(100, ...s.latencies);
		const step = s.latencies.length > 1 ? 100 / (s.latencies.length - 1) : 0;
		line.setAttribute('points', s.latencies.map((l, i) => `${(i * step).toFixed(1)},${(40 - (l / max) * 38).toFixed(1)}`).join(' '));
		svg.append(line);
		box.append(svg);
		return box;
	});
	$('shards').replaceChildren(...shards);
	$('buckets').replaceChildren(
		...[...state.buckets.values()].map((b) =>
			row(
				[b.bucket, [...b.routes].join(', '), `${b.requests} req`, `${b.limited} × 429`, `${Math.round(b.waitedMs)} ms waited`],
				b.limited > 0 ? 'limited' : undefined,
			),
		),
	);
	$('rest-log').replaceChildren(
		...state
			.restLog(50)
			.map((r) =>
				row(
					[
						time(r.at),
						`${r.method} ${r.route}`,
						String(r.status),
						`${Math.round(r.durationMs)} ms`,
						r.waitedMs > 0 ? `waited ${Math.round(r.waitedMs)} ms` : '',
					],
					r.status === 429 ? 'limited' : undefined,
				),
			),
	);
	$('cache').replaceChildren(...Object.entries(state.cacheSizes).map(([k, v]) => row([k, String(v)])));
}

let scheduled = false;
function redraw(): void {
	if (scheduled) return;
	scheduled = true;
	requestAnimationFrame(() => {
		scheduled = false;
		drawEvents();
		drawDetail();
		drawPanels();
	});
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
	const data = event.data;
	const batch = Array.isArray(data) ? data : [data];
	let changed = false;
	for (const m of batch) {
		if (isInspectorMessage(m)) {
			state.apply(m);
			changed = true;
		} else if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'clear') {
			state.clear();
			changed = true;
		}
	}
	if (changed) redraw();
});

$('event-rows').addEventListener('click', (event) => {
	const tr = (event.target as Element).closest('tr');
	const id = Number(tr?.dataset['id']);
	if (Number.isInteger(id)) state.select(id);
	redraw();
});
$<HTMLSelectElement>('filter-kind').addEventListener('change', (e) => {
	const v = (e.target as HTMLSelectElement).value;
	state.setFilters({ kind: v === 'packet' || v === 'rest' ? v : 'all' });
	redraw();
});
$<HTMLInputElement>('filter-text').addEventListener(
	'input',
	(e) => (state.setFilters({ text: (e.target as HTMLInputElement).value }), redraw()),
);
$<HTMLInputElement>('filter-guild').addEventListener(
	'input',
	(e) => (state.setFilters({ guildId: (e.target as HTMLInputElement).value }), redraw()),
);
$<HTMLSelectElement>('filter-shard').addEventListener('change', (e) => {
	const v = (e.target as HTMLSelectElement).value;
	state.setFilters({ shardId: v === 'all' ? 'all' : Number(v) });
	redraw();
});
$('pause').addEventListener('click', (e) => {
	state.setPaused(!state.paused);
	const button = e.currentTarget as HTMLButtonElement;
	button.setAttribute('aria-pressed', String(state.paused));
	button.textContent = state.paused ? 'Resume' : 'Pause';
	redraw();
});
$('clear').addEventListener('click', () => (state.clear(), redraw()));
redraw();
