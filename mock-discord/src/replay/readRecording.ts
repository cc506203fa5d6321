import { readFileSync } from 'node:fs';
import {
	parseInspectorMessage,
	protocolMismatch,
	type InspectorHello,
	type InspectorPacket,
	type InspectorRest,
} from 'ovenjs/inspector/protocol';
import { ReplayError } from '../errors/ReplayError.js';

/** One dispatch the bot received, to send again. */
export interface RecordedDispatch {
	readonly t: string;
	readonly d: unknown;
	/** The guild it concerns (routes it to the shard that owns the guild). */
	readonly guildId: string | undefined;
	/** Milliseconds after the recording's first READY. */
	readonly offsetMs: number;
	/** REST responses the bot had received after READY when this arrived: the replay lets the bot catch up to this first. */
	readonly restBefore: number;
}

/** What a bot connected to: READY and the GUILD_CREATEs that followed it. */
export interface RecordedStart {
	/** `d` of the first READY. */
	readonly ready: Readonly<Record<string, unknown>>;
	/** `d` of the first GUILD_CREATE of each guild READY listed (and of guilds joined later). */
	readonly guilds: readonly Readonly<Record<string, unknown>>[];
	/** Shards the bot ran (`READY.shard[1]`, else 1). */
	readonly shardCount: number;
}

/** A recording (`OVEN_RECORD`, `Inspector.record`, the extension's "Record") as the replay uses it. */
export interface Recording {
	readonly hello: InspectorHello;
	readonly start: RecordedStart;
	/** Dispatches after the initial burst, in the order received. */
	readonly dispatches: readonly RecordedDispatch[];
	/** REST attempts with the path they went to, in the order answered. */
	readonly exchanges: readonly InspectorRest[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The guild ids a READY lists. */
function readyGuilds(ready: Record<string, unknown>): string[] {
	const guilds = Array.isArray(ready['guilds']) ? ready['guilds'] : [];
	return guilds.map((g) => (isRecord(g) && typeof g['id'] === 'string' ? g['id'] : '')).filter((id) => id !== '');
}

/** Parses a recording's text. `source` names it in errors. */
export function parseRecording(text: string, source: string): Recording {
	const lines = text.split('\n');
	let hello: InspectorHello | undefined;
	let ready: Record<string, unknown> | undefined;
	let readyAt = 0;
	let shardCount = 1;
	let restAfterReady = 0;
	const initial = new Set<string>();
	const guilds = new Map<string, Record<string, unknown>>();
	const dispatches: RecordedDispatch[] = [];
	const exchanges: InspectorRest[] = [];
	lines.forEach((line, index) => {
		if (line.trim() === '') return;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			throw new ReplayError('MOCK_REPLAY_INVALID', `${source}:${index + 1} is not JSON (${(error as Error).message}); is it a recording?`);
		}
		if (hello === undefined) {
			// Checked before the shape: a newer hello may not parse here, and its version is what to report.
			const mismatch = protocolMismatch(value, { name: '@ovenjs/mock-discord' });
			if (mismatch !== undefined) throw new ReplayError('MOCK_REPLAY_PROTOCOL', `${source}: ${mismatch}`);
		}
		const message = parseInspectorMessage(value);
		if (hello === undefined) {
			if (message?.type !== 'hello')
				throw new ReplayError(
					'MOCK_REPLAY_INVALID',
					`${source}:1 is not an inspector hello: record a session with OVEN_RECORD=<file>, Inspector.record() or the extension's Record button.`,
				);
			hello = message;
			return;
		}
		// A newer sender's message type: nothing this replay can use.
		if (message === undefined) {
			if (isRecord(value) && typeof value['type'] === 'string' && !['packet', 'rest'].includes(value['type'])) return;
			throw new ReplayError('MOCK_REPLAY_INVALID', `${source}:${index + 1} is a malformed inspector message: ${line.slice(0, 120)}`);
		}
		if (message.type === 'rest') {
			if (message.path === undefined || /^\/gateway(\/|$|\?)/.test(message.path)) return;
			exchanges.push(message);
			if (ready !== undefined) restAfterReady += 1;
			return;
		}
		if (message.type !== 'packet' || message.direction !== 'in' || message.op !== 0 || message.t === null) return;
		const d = (message.payload as { d?: unknown }).d;
		onDispatch(message, d);
	});

	function onDispatch(message: InspectorPacket, d: unknown): void {
		const t = message.t as string;
		if (t === 'READY' && isRecord(d)) {
			if (ready === undefined) {
				ready = d;
				readyAt = message.at;
				const shard = d['shard'];
				if (Array.isArray(shard) && typeof shard[1] === 'number') shardCount = shard[1];
			}
			for (const id of readyGuilds(d)) initial.add(id);
			return;
		}
		if (t === 'RESUMED' || ready === undefined) return;
		if (t === 'GUILD_CREATE' && isRecord(d) && typeof d['id'] === 'string') {
			if (!guilds.has(d['id'])) guilds.set(d['id'], d);
			if (initial.delete(d['id'])) return;
		}
		dispatches.push({ t, d, guildId: message.guildId ?? undefined, offsetMs: message.at - readyAt, restBefore: restAfterReady });
	}

	if (hello === undefined) throw new ReplayError('MOCK_REPLAY_INVALID', `${source} is empty: record a session first.`);
	if (ready === undefined)
		throw new ReplayError(
			'MOCK_REPLAY_NO_READY',
			`${source} has no READY: start recording before the bot logs in (OVEN_RECORD=<file> when it starts), so the replay knows its guilds.`,
		);
	return { hello, start: { ready, guilds: [...guilds.values()], shardCount }, dispatches, exchanges };
}

/** Reads and parses a recording file. Throws {@link ReplayError} with the file and line at fault. */
export function readRecording(file: string): Recording {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new ReplayError('MOCK_REPLAY_UNREADABLE', `Cannot read the recording ${file}: ${(error as Error).message}`, { cause: error });
	}
	return parseRecording(text, file);
}
