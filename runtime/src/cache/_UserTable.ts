import type { CachedUser } from './CachedEntities.js';
import type { _Raw } from './_lean.js';
import { _grow, _SlotTable } from './_SlotTable.js';

/**
 * Users, columnar: one array per field instead of one object per user (≈ 40 B less each).
 * Keeps the id string it was first given, so members, messages and the collection's Map
 * all point at one string per user however many payloads repeat it.
 * @internal
 */
export class _UserTable extends _SlotTable<CachedUser> {
	#id: string[] = [];
	#username: string[] = [];
	/**
	 * Discriminator and bot flag in one: 0 (`'0'`, not a bot) or 1 (`'0'`, a bot) as small
	 * integers; another discriminator as its string (not a bot) or in an object (a bot).
	 */
	#tag: (0 | 1 | string | { readonly discriminator: string })[] = [];
	#globalName: (string | null)[] = [];
	#avatar: (string | null)[] = [];

	read(slot: number): CachedUser {
		const tag = this.#tag[slot] ?? 0;
		return {
			id: this.#id[slot] ?? '',
			username: this.#username[slot] ?? '',
			discriminator: typeof tag === 'number' ? '0' : typeof tag === 'string' ? tag : tag.discriminator,
			global_name: this.#globalName[slot] ?? null,
			avatar: this.#avatar[slot] ?? null,
			bot: tag === 1 || typeof tag === 'object',
		};
	}

	/** The kept id string when `data` changes none of the user's fields (no record is rebuilt). */
	override unchanged(slot: number, _id: string, data: _Raw): string | undefined {
		const username = data.username;
		if (typeof username === 'string' && username !== this.#username[slot]) return undefined;
		const tag = this.#tag[slot] ?? 0;
		const bot = data.bot;
		if (typeof bot === 'boolean' && bot !== (tag === 1 || typeof tag === 'object')) return undefined;
		const discriminator = data.discriminator;
		if (
			typeof discriminator === 'string' &&
			discriminator !== (typeof tag === 'number' ? '0' : typeof tag === 'string' ? tag : tag.discriminator)
		)
			return undefined;
		const globalName = data.global_name;
		if ((globalName === null || typeof globalName === 'string') && globalName !== this.#globalName[slot]) return undefined;
		const avatar = data.avatar;
		if ((avatar === null || typeof avatar === 'string') && avatar !== this.#avatar[slot]) return undefined;
		const kept = this.#id[slot];
		return kept === undefined || kept === '' ? undefined : kept;
	}

	protected resize(capacity: number): void {
		this.#id = _grow(this.#id, capacity);
		this.#username = _grow(this.#username, capacity);
		this.#tag = _grow(this.#tag, capacity);
		this.#globalName = _grow(this.#globalName, capacity);
		this.#avatar = _grow(this.#avatar, capacity);
	}

	protected store(slot: number, user: CachedUser): void {
		// A rewrite keeps the first id string: members and messages point at it.
		const kept = this.#id[slot];
		this.#id[slot] = kept === undefined || kept === '' ? user.id : kept;
		this.#username[slot] = user.username;
		const d = user.discriminator;
		this.#tag[slot] = d === '0' ? (user.bot ? 1 : 0) : user.bot ? { discriminator: d } : d;
		this.#globalName[slot] = user.global_name;
		this.#avatar[slot] = user.avatar;
	}

	protected erase(slot: number): void {
		this.#id[slot] = '';
		this.#username[slot] = '';
		this.#tag[slot] = 0;
		this.#globalName[slot] = null;
		this.#avatar[slot] = null;
	}
}
