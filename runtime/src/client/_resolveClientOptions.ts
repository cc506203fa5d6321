import { REST } from '../rest/index.js';
import { _apiBase } from '../rest/_apiBase.js';
import { _checkToken } from '../rest/_checkToken.js';
import { resolveIntents } from './ClientIntents.js';
import type { ClientOptions, ClientShardsOptions } from './ClientOptions.js';
import { OvenClientError } from './OvenClientError.js';

/** Options checked and defaulted. @internal */
export interface _ResolvedClientOptions {
	readonly token: string;
	readonly intents: number;
	readonly api: string;
	readonly gateway: string | undefined;
	readonly shards: Required<Pick<ClientShardsOptions, 'count'>> & Omit<ClientShardsOptions, 'count'>;
}

const invalid = (message: string): OvenClientError => new OvenClientError('CLIENT_INVALID_OPTION', `createClient: ${message}`);

function url(name: string, value: unknown, protocols: readonly string[]): string {
	if (typeof value !== 'string') throw invalid(`${name} must be a URL string, got ${typeof value}.`);
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		throw invalid(`${name} ${JSON.stringify(value.slice(0, 80))} is not a URL.`);
	}
	if (!protocols.includes(parsed.protocol)) throw invalid(`${name} must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
	return value.replace(/\/+$/, '');
}

function shardCount(value: unknown): number | 'auto' {
	if (value === 'auto') return value;
	if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
	throw invalid(`shards must be 'auto' or a whole number ≥ 1, got ${JSON.stringify(value)}.`);
}

/**
 * Checks everything `createClient` is given, before any I/O: a malformed token is an
 * `InvalidTokenError`, anything else unusable `CLIENT_INVALID_OPTION`. The token's value is
 * never put in a message.
 * @internal
 */
export function _resolveClientOptions(options: ClientOptions): _ResolvedClientOptions {
	if (typeof options !== 'object' || options === null) throw invalid('pass an options object: createClient({ token, intents }).');
	const { token } = options;
	if (typeof token !== 'string' || token.trim() === '')
		throw invalid('token must be the bot token string (Developer Portal → Bot → Reset Token).');
	if (/^bot\s/i.test(token)) throw invalid('token starts with "Bot "; pass the token alone, the client adds the prefix.');
	_checkToken(token);
	if (!Array.isArray(options.intents)) throw invalid("intents must be an array, e.g. ['Guilds', 'GuildMessages'].");
	const intents = resolveIntents(options.intents);
	const { inspector } = options;
	if (inspector !== undefined && typeof inspector !== 'boolean' && (typeof inspector !== 'object' || inspector === null)) {
		throw invalid(`inspector must be true, false or Inspector options, got ${JSON.stringify(inspector)}.`);
	}
	const base = _apiBase(options.api);
	const api = url(base.name, base.value, ['http:', 'https:']);
	const gateway = options.gateway === undefined ? undefined : url('gateway', options.gateway, ['ws:', 'wss:']);
	const raw = options.shards ?? 'auto';
	let shards: _ResolvedClientOptions['shards'];
	if (typeof raw === 'object' && raw !== null) {
		const ids = raw.ids;
		if (ids !== undefined && (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(id) || id < 0)))
			throw invalid('shards.ids must be whole numbers ≥ 0.');
		if (raw.maxConcurrency !== undefined && (!Number.isInteger(raw.maxConcurrency) || raw.maxConcurrency < 1))
			throw invalid('shards.maxConcurrency must be a whole number ≥ 1.');
		shards = { ...raw, count: shardCount(raw.count ?? 'auto') };
	} else {
		shards = { count: shardCount(raw) };
	}
	if (
		options.strategy !== undefined &&
		typeof options.strategy !== 'function' &&
		typeof (options.strategy as { connect?: unknown }).connect !== 'function'
	) {
		throw invalid('strategy must be a ShardingStrategy or a function that returns one.');
	}
	if (options.rest !== undefined && !(options.rest instanceof REST) && typeof options.rest !== 'object')
		throw invalid('rest must be a REST or REST options.');
	if (options.cache !== undefined && options.cache !== false && (typeof options.cache !== 'object' || options.cache === null)) {
		throw invalid('cache must be cache options or false.');
	}
	return { token, intents, api, gateway, shards };
}
