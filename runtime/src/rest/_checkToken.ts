import { InvalidTokenError } from './errors/InvalidTokenError.js';

/** What a character no token has is, for the message (the token itself is never shown). */
function describe(char: string): string {
	if (char === '\n' || char === '\r') return 'a line break (a trailing newline from a file or an env file?)';
	if (/\s/.test(char)) return 'a space or tab';
	return (char.codePointAt(0) ?? 0) < 0x20 ? 'a control character' : 'a character outside ASCII';
}

/**
 * Throws an {@link InvalidTokenError} unless `token` can be a bot token: non-empty, visible
 * ASCII only (Discord's tokens are base64url and dots). Otherwise the HTTP client would refuse
 * the header and the failure would look like a network error.
 * @internal
 */
export function _checkToken(token: string): void {
	if (token === '') throw new InvalidTokenError('is empty');
	const bad = /[^\x21-\x7e]/.exec(token);
	if (bad !== null) throw new InvalidTokenError(`contains ${describe(bad[0])} at position ${bad.index + 1} of ${token.length}`);
}
