import { flattenFormErrors } from './flattenFormErrors.js';
import { OvenRESTError } from './OvenRESTError.js';

/**
 * The JSON error body Discord sends with a 4xx.
 * @see https://discord.com/developers/docs/reference#error-messages
 */
export interface DiscordErrorBody {
	readonly code: number;
	readonly message: string;
	readonly errors?: unknown;
}

/** Where a failed request went: method and route template, never the URL (it may hold a token). */
export interface RequestIdentity {
	/** HTTP method, upper case. */
	readonly method: string;
	/** The route template, e.g. `/channels/{channel_id}/messages`; tokens are never in it. */
	readonly route: string;
}

/**
 * Discord answered with a JSON error (`{ code, message, errors? }`). `rawCode` is Discord's
 * numeric code; nested form errors are flattened into the message, one line per field.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */
export class DiscordAPIError extends OvenRESTError<'REST_DISCORD_API_ERROR'> {
	/** Discord's numeric JSON error code, e.g. `50035` (Invalid Form Body). */
	readonly rawCode: number;
	/** HTTP status of the response. */
	readonly status: number;
	/** HTTP method of the request. */
	readonly method: string;
	/** Route template of the request; see {@link RequestIdentity.route}. */
	readonly route: string;
	/** The flattened form errors, one line each; empty when Discord sent none. */
	readonly formErrors: readonly string[];
	/** The error body as Discord sent it. */
	readonly body: DiscordErrorBody;

	/**
	 * @param body Discord's error body.
	 * @param status HTTP status.
	 * @param request Method and route template.
	 */
	constructor(body: DiscordErrorBody, status: number, request: RequestIdentity) {
		const formErrors = body.errors === undefined ? [] : flattenFormErrors(body.errors);
		const head = `${request.method} ${request.route} failed with ${status}: ${body.message} (Discord code ${body.code})`;
		super('REST_DISCORD_API_ERROR', formErrors.length > 0 ? `${head}\n${formErrors.join('\n')}` : head);
		this.rawCode = body.code;
		this.status = status;
		this.method = request.method;
		this.route = request.route;
		this.formErrors = formErrors;
		this.body = body;
	}

	/** `DiscordAPIError[50035]`: Discord's numeric code, as Discord's docs list them. */
	override get name(): string {
		return `DiscordAPIError[${this.rawCode}]`;
	}
}
