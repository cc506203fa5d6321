import { randomBytes } from 'node:crypto';
import type { APIMessage } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';

/** One interaction the mock created, and what the bot did with it. */
export interface InteractionRecord {
	readonly id: string;
	readonly token: string;
	/** Discord's interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
	readonly type: number;
	readonly userId: string;
	readonly channelId: string;
	readonly guildId: string | undefined;
	/** The message a component sits on. */
	readonly messageId: string | undefined;
	readonly createdAt: number;
	readonly payload: Readonly<Record<string, unknown>>;
	readonly responses: { type: number; data?: unknown }[];
	readonly followups: APIMessage[];
	/** The message the response created or updated (`@original`). */
	original: APIMessage | undefined;
}

/** Timing rules, Discord's by default; tests shorten them. */
export interface InteractionTiming {
	/** Time to send the first callback, in ms. Default 3000. */
	readonly callbackDeadlineMs?: number;
	/** How long the token works for follow-ups and edits, in ms. Default 15 minutes. */
	readonly tokenLifetimeMs?: number;
}

/** The interactions of one mock. */
export class InteractionStore {
	readonly #byId = new Map<string, InteractionRecord>();
	readonly #byToken = new Map<string, InteractionRecord>();
	readonly #deadline: number;
	readonly #lifetime: number;

	public constructor(timing: InteractionTiming = {}) {
		this.#deadline = timing.callbackDeadlineMs ?? 3000;
		this.#lifetime = timing.tokenLifetimeMs ?? 15 * 60_000;
	}

	/** A fresh interaction token, shaped like Discord's (opaque, long, URL-safe). */
	public static newToken(id: string): string {
		return Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
	}

	public add(record: InteractionRecord): void {
		this.#byId.set(record.id, record);
		this.#byToken.set(record.token, record);
	}

	public get(id: string): InteractionRecord | undefined {
		return this.#byId.get(id);
	}

	/**
	 * The interaction a callback names, checking Discord's rules: unknown id, wrong token or
	 * a first answer after the deadline → 10062; a second answer → 40060.
	 */
	public forCallback(id: string, token: string): InteractionRecord {
		const record = this.#byId.get(id);
		if (record === undefined || record.token !== token) throw restError('unknownInteraction');
		if (record.responses.length > 0) throw restError('alreadyAcknowledged');
		if (Date.now() - record.createdAt > this.#deadline) throw restError('unknownInteraction');
		return record;
	}

	/** The interaction behind a webhook token, while the token lives; else 10015 Unknown Webhook. */
	public forWebhook(token: string): InteractionRecord {
		const record = this.#byToken.get(token);
		if (record === undefined || Date.now() - record.createdAt > this.#lifetime) throw restError('unknownWebhook');
		return record;
	}

	public all(): readonly InteractionRecord[] {
		return [...this.#byId.values()];
	}
}
