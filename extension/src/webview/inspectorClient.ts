/**
 * The Gateway Inspector webview's script (bundled to `dist/webview/inspector.js`). Every
 * value from the stream is written with `textContent` or as an SVG attribute of numbers,
 * never parsed as HTML. What needs the host (the clipboard, files) is asked of it with
 * `postMessage`.
 */
import { parseInspectorMessage } from 'ovenjs/inspector/protocol';
import type { InspectorViewMessage } from '../webviewMessages.js';
import { eventLabel, formatBytes, formatDuration, InspectorState, streamMessage, type InspectorEvent } from './InspectorState.js';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const host = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: (_message: unknown): void => undefined };
const ask = (message: InspectorViewMessage): void => host.postMessage(message);
const state = new InspectorState();
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const svgNs = 'http://www.w3.org/2000/svg';

function el(tag: string, text?: string, cls?: string): HTMLElement {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (cls !== undefined) node.className = cls;
	return node;
}

/** A row of cells; each cell's full text is its tooltip, since narrow columns cut it. */
function row(cells: readonly (string | readonly [string, string])[], cls?: string): HTMLTableRowElement {
	const tr = document.createElement('tr');
	if (cls !== undefined) tr.className = cls;
	for (const cell of cells) {
		const [text, cellClass] = typeof cell === 'string' ? [cell, undefined] : cell;
		const td = el('td', text, cellClass);
		td.title = text;
		tr.append(td);
	}
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

/** The last column: the guild of a packet, or the status and duration of a request. */
function info(e: InspectorEvent): string {
	if (e.type === 'rest') return `${e.status} · ${formatDuration(e.durationMs)}`;
	return e.guildId ?? '';
}

function drawEvents(): void {
	const tbody = $('event-rows');
	const events = state.visibleEvents();
	const rows = events.map((e) => {
		const where = e.type === 'packet' ? `#${e.shardId} ${e.direction === 'in' ? '⇣' : '⇡'}` : 'REST';
		const tr = row(
			[
				[time(e.at), 'c-time'],
				[`+${formatDuration(e.sinceMs)}`, 'c-since num'],
				[where, 'c-where'],
				[eventLabel(e), 'c-name'],
				[info(e), 'c-info'],
				[formatBytes(e.bytes), 'c-size num'],
			],
			e.type === 'packet' ? `dir-${e.direction}` : e.status === 429 ? 'kind-rest limited' : 'kind-rest',
		);
		tr.dataset['seq'] = String(e.seq);
		if (state.selected?.seq === e.seq) tr.classList.add('selected');
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
	const hidden = state.hiddenHeartbeats();
	$('status').textContent = state.paused
		? `paused, ${state.pendingCount} waiting`
		: `${rows.length} shown${hidden > 0 ? ` · ${hidden} heartbeats hidden` : ''}`;
	$<HTMLButtonElement>('export').disabled = rows.length === 0;
}

function drawDetail(): void {
	const selected = state.selected;
	const tree = $('json-tree');
	$<HTMLButtonElement>('copy-json').disabled = selected === undefined;
	if (selected === undefined) {
		$('detail-title').textContent = 'Select an event to see its JSON.';
		return void tree.replaceChildren();
	}
	const timing = selected.type === 'rest' ? ` · ${formatDuration(selected.durationMs)}` : '';
	$('detail-title').textContent = `${eventLabel(selected)} · ${time(selected.at)}${timing} · ${formatBytes(selected.bytes)}`;
	tree.replaceChildren(jsonNode(undefined, streamMessage(selected), 0));
}

function latencyChart(latencies: readonly number[]): SVGSVGElement {
	const svg = document.createElementNS(svgNs, 'svg');
	svg.setAttribute('class', 'latency');
	svg.setAttribute('viewBox', '0 0 100 40');
	svg.setAttribute('preserveAspectRatio', 'none');
	const line = document.createElementNS(svgNs, 'polyline');
	const max = Math.max(100, ...latencies);
	const step = latencies.length > 1 ? 100 / (latencies.length - 1) : 0;
	line.setAttribute('points', latencies.map((l, i) => `${(i * step).toFixed(1)},${(40 - (l / max) * 38).toFixed(1)}`).join(' '));
	svg.append(line);
	return svg;
}

function drawPanels(): void {
	const shards = [...state.shards].map(([id, s]) => {
		const box = el('div', undefined, 'shard');
		box.dataset['shard'] = String(id);
		const last = s.latencies.at(-1);
		box.append(el('div', `#${id} ${s.status}${last === undefined ? '' : ` · ${formatDuration(last)}`}`), latencyChart(s.latencies));
		return box;
	});
	$('shards').replaceChildren(...shards);
	$('buckets').replaceChildren(
		...[...state.buckets.values()].map((b) => {
			// One cell, two lines: the state on top, the routes sharing the bucket below (a table of five columns does not fit).
			const left = b.limit === null ? `${b.requests} req` : `${b.remaining ?? '?'}/${b.limit} left`;
			const summary = el('div', `${b.bucket} · ${left} · ${b.limited} × 429 · ${formatDuration(b.waitedMs)} waited`);
			const routes = el('div', [...b.routes].join(', '), 'routes');
			const td = document.createElement('td');
			td.append(summary, routes);
			const tr = document.createElement('tr');
			if (b.limited > 0) tr.className = 'limited';
			tr.append(td);
			return tr;
		}),
	);
	$('rest-log').replaceChildren(
		...state
			.restLog(50)
			.map((r) =>
				row([`${r.method} ${r.path ?? r.route}`, String(r.status), formatDuration(r.durationMs)], r.status === 429 ? 'limited' : undefined),
			),
	);
	$('cache').replaceChildren(...Object.entries(state.cacheSizes).map(([k, v]) => row([k, v.toLocaleString('en-US')])));
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

function showConnection(kind: string, detail: string): void {
	const banner = $('connection');
	banner.textContent = detail;
	banner.className = `connection${kind === 'incompatible' || kind === 'disconnected' ? ' error' : ''}`;
	banner.dataset['state'] = kind;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
	const data = event.data;
	if (Array.isArray(data)) {
		let changed = false;
		for (const value of data) {
			const message = parseInspectorMessage(value);
			if (message === undefined) continue;
			state.apply(message);
			changed = true;
		}
		if (changed) redraw();
		return;
	}
	if (typeof data !== 'object' || data === null) return;
	const control = data as { type?: unknown; state?: unknown; detail?: unknown; file?: unknown };
	if (control.type === 'connection' && typeof control.state === 'string' && typeof control.detail === 'string')
		showConnection(control.state, control.detail);
	else if (control.type === 'recording') {
		const recording = typeof control.file === 'string';
		const button = $('record');
		button.setAttribute('aria-pressed', String(recording));
		button.textContent = recording ? 'Stop recording' : 'Record';
		button.title = recording ? `Recording to ${String(control.file)}` : 'Record the session to a file oven-mock --replay plays back';
	} else if (control.type === 'reset') {
		state.reset();
		redraw();
	}
});

$('event-rows').addEventListener('click', (event) => {
	const tr = (event.target as Element).closest('tr');
	const seq = Number(tr?.dataset['seq']);
	if (Number.isInteger(seq)) state.select(seq);
	redraw();
});
$<HTMLSelectElement>('filter-kind').addEventListener('change', (e) => {
	const v = (e.target as HTMLSelectElement).value;
	state.setFilters({ kind: v === 'packet' || v === 'rest' ? v : 'all' });
	redraw();
});
const onInput = (id: string, apply: (value: string) => void): void =>
	$<HTMLInputElement>(id).addEventListener('input', (e) => {
		apply((e.target as HTMLInputElement).value);
		redraw();
	});
onInput('filter-text', (text) => state.setFilters({ text }));
onInput('filter-search', (search) => state.setFilters({ search }));
onInput('filter-guild', (guildId) => state.setFilters({ guildId }));
$<HTMLInputElement>('hide-heartbeats').addEventListener('change', (e) => {
	state.setFilters({ hideHeartbeats: (e.target as HTMLInputElement).checked });
	redraw();
});
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
$('clear').addEventListener('click', () => {
	state.clear();
	redraw();
});
$('copy-json').addEventListener('click', () => {
	const text = state.selectedJson();
	if (text !== undefined) ask({ type: 'copy', text });
});
$('export').addEventListener('click', () => ask({ type: 'export', text: state.exportVisible(), rows: state.visibleEvents().length }));
$('record').addEventListener('click', (e) =>
	ask({ type: 'record', on: (e.currentTarget as HTMLElement).getAttribute('aria-pressed') !== 'true' }),
);
redraw();
