import { OvenRESTError } from './OvenRESTError.js';

/**
 * The bot token is malformed (empty, a line break, a space, a character no HTTP header can
 * carry), found before any request is sent. The message never contains the token.
 */
export class InvalidTokenError extends OvenRESTError<'REST_INVALID_TOKEN'> {
	/**
	 * @param problem What is wrong with the token, without the token.
	 * @param options `cause`, when another error is behind it.
	 */
	constructor(problem: string, options?: ErrorOptions) {
		super(
			'REST_INVALID_TOKEN',
			`The bot token ${problem}. Copy it again from the Developer Portal (Bot → Reset Token) and check how it is read.`,
			options,
		);
	}
}
