import type { APIThreadMember } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { UserResolvable } from './GuildMembers.js';

const idOf = (user: UserResolvable): string => (typeof user === 'string' ? user : user.id);

/** Who is in a thread: the bot joins and leaves, adds and removes others, and lists them. */
export class ThreadMembers {
	readonly #ctx: _ViewContext;
	readonly #threadId: string;

	/** @internal Made by `channel.threadMembers`. */
	constructor(ctx: _ViewContext, threadId: string) {
		this.#ctx = ctx;
		this.#threadId = threadId;
	}

	/** Makes the bot join the thread. */
	async join(options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.threads.join(this.#threadId, options);
	}

	/** Makes the bot leave the thread. */
	async leave(options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.threads.leave(this.#threadId, options);
	}

	/** Adds a member (the bot must be able to send in the thread). */
	async add(user: UserResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.threads.addMember(this.#threadId, idOf(user), options);
	}

	/** Removes a member. */
	async remove(user: UserResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.threads.removeMember(this.#threadId, idOf(user), options);
	}

	/** One thread member, or every one (needs the GuildMembers intent at Discord). */
	fetch(user: UserResolvable): Promise<APIThreadMember>;
	fetch(): Promise<APIThreadMember[]>;
	async fetch(user?: UserResolvable): Promise<APIThreadMember | APIThreadMember[]> {
		return user === undefined
			? this.#ctx.api.threads.getMembers(this.#threadId)
			: this.#ctx.api.threads.getMember(this.#threadId, idOf(user));
	}
}
