import { InspectorError, inspectorFromEnv } from 'ovenjs';
import type { DiscordJsClient } from './_discordJs.js';
import { findDiscordJs } from './findDiscordJs.js';
import { inspectDiscordJs } from './inspectDiscordJs.js';

const patched = new WeakSet<object>();

/**
 * What `node --import @ovenjs/inspect bot.js` (or `import '@ovenjs/inspect'` first thing in the
 * bot) does: an OvenJS bot is told to start its own inspector (`OVEN_INSPECT=1` unless set),
 * and the `Client` of the discord.js the bot loads starts one at `login()` (with
 * `OVEN_RECORD` and `OVEN_REDACT_FIELDS` honoured). Returns whether a discord.js was found.
 * An inspector that cannot start is reported as a process warning; the bot logs in anyway.
 */
export function installPreload(from?: string): boolean {
	process.env['OVEN_INSPECT'] ??= '1';
	const discordJs = findDiscordJs(from);
	if (discordJs === undefined) return false;
	const proto = discordJs.Client.prototype;
	if (patched.has(proto)) return true;
	patched.add(proto);
	const login = proto.login;
	proto.login = async function (this: DiscordJsClient, token?: string): Promise<string> {
		if (typeof token === 'string' && token !== '') this.token = token.replace(/^(Bot|Bearer)\s*/i, '');
		try {
			await inspectDiscordJs(this, { ...inspectorFromEnv({ ...process.env, OVEN_INSPECT: '1' }), discordJs });
		} catch (error) {
			if (!(error instanceof InspectorError)) throw error;
			process.emitWarning(`@ovenjs/inspect: the Gateway Inspector did not start: ${error.message}`, { code: error.code });
		}
		return login.call(this, token);
	};
	return true;
}
