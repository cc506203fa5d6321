import type { API } from '../../api/API.js';
import type { Client } from '../Client.js';
import { OvenClientError } from '../OvenClientError.js';
import type { _ViewContext } from '../_viewContext.js';

/**
 * What every structure has: the client that made it and the API it sends through. A structure
 * is a thin view over a payload or a cached record plus the API: it copies nothing, so holding
 * one costs an object with two fields.
 */
export abstract class Base {
	readonly #ctx: _ViewContext;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext) {
		this.#ctx = ctx;
	}

	/** @internal The context this structure is bound to. */
	protected get ctx(): _ViewContext {
		return this.#ctx;
	}

	/**
	 * The client that made this structure.
	 * @throws {OvenClientError} `CLIENT_NOT_CONNECTED` for structures an interaction handler made
	 * from an `API` alone (no client): use {@link api} there.
	 */
	get client(): Client {
		const client = this.#ctx.client;
		if (client === undefined) {
			throw new OvenClientError(
				'CLIENT_NOT_CONNECTED',
				'This structure was made without a client (createInteractionHandler({ api })); use its `api`, or pass `client` to the handler.',
			);
		}
		return client;
	}

	/** Discord's HTTP API as methods (`api.guilds.getMember(…)`), for what the structures do not offer. */
	get api(): API {
		return this.#ctx.api;
	}
}
