/**
 * Names for mentions in the Embed Preview (`<@id>` → `@alice`, `<#id>` → `#general`,
 * `<@&id>` → `@Moderators`), learnt from what the workspace already runs: a connected Gateway
 * Inspector's stream (READY, GUILD_CREATE, members, messages, interactions) or the mock's state.
 */
import type { InspectorMessage } from 'ovenjs/inspector/protocol';
import type { MentionNames } from './webview/renderInlineMarkdown.js';

type Json = Readonly<Record<string, unknown>>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Json, key: string): string | undefined => (typeof o[key] === 'string' ? o[key] : undefined);
const list = (o: Json, key: string): Json[] => (Array.isArray(o[key]) ? (o[key] as unknown[]).filter(isRecord) : []);

/** Ids to names, as many as are known; more recent sightings win. */
export class MentionNameCollector {
	readonly #users = new Map<string, string>();
	readonly #channels = new Map<string, string>();
	readonly #roles = new Map<string, string>();

	/** What a user is shown as: the display name Discord shows, else the username. */
	#user(user: unknown): void {
		if (!isRecord(user)) return;
		const id = str(user, 'id');
		const name = str(user, 'global_name') ?? str(user, 'username');
		if (id !== undefined && name !== undefined) this.#users.set(id, name);
	}

	#named(into: Map<string, string>, entity: Json): void {
		const id = str(entity, 'id');
		const name = str(entity, 'name');
		if (id !== undefined && name !== undefined) into.set(id, name);
	}

	/** Learns from one stream message (dispatches only). */
	add(message: InspectorMessage): void {
		if (message.type !== 'packet' || message.direction !== 'in' || message.t === null) return;
		const d = (message.payload as { d?: unknown }).d;
		if (!isRecord(d)) return;
		if (message.t === 'READY') this.#user(d['user']);
		if (message.t === 'GUILD_CREATE' || message.t === 'GUILD_UPDATE') {
			for (const channel of [...list(d, 'channels'), ...list(d, 'threads')]) this.#named(this.#channels, channel);
			for (const role of list(d, 'roles')) this.#named(this.#roles, role);
			for (const member of list(d, 'members')) this.#user(member['user']);
		}
		if (message.t.startsWith('CHANNEL_') || message.t.startsWith('THREAD_')) this.#named(this.#channels, d);
		if (message.t.startsWith('GUILD_ROLE_') && isRecord(d['role'])) this.#named(this.#roles, d['role']);
		this.#user(d['author']);
		this.#user(d['user']);
		if (isRecord(d['member'])) this.#user(d['member']['user']);
	}

	/** Learns from the mock's `GET /_mock/state`. */
	addMockState(state: unknown): void {
		if (!isRecord(state)) return;
		for (const user of list(state, 'users')) this.#user(user);
		for (const guild of list(state, 'guilds')) {
			for (const channel of list(guild, 'channels')) this.#named(this.#channels, channel);
			for (const role of list(guild, 'roles')) this.#named(this.#roles, role);
		}
	}

	/** Whether nothing is known yet. */
	get empty(): boolean {
		return this.#users.size + this.#channels.size + this.#roles.size === 0;
	}

	/** What the preview is given. */
	names(): MentionNames {
		return {
			users: Object.fromEntries(this.#users),
			channels: Object.fromEntries(this.#channels),
			roles: Object.fromEntries(this.#roles),
		};
	}
}

/**
 * The names this window has learnt, from every source: the Gateway Inspector adds what its
 * stream shows, a mock started from the window adds its world; the Embed Preview reads them.
 */
export const workspaceMentionNames = new MentionNameCollector();
