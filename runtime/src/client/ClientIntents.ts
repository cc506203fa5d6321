import type { GatewayIntentBits } from 'discord-api-types/v10';
import { ALL_INTENTS, type EventIntents, GatewayIntents, type GatewayIntentName } from '../knowledge/index.js';
import { OvenClientError } from './OvenClientError.js';

/** An intent as `createClient` takes it: its name (`'GuildMessages'`) or `GatewayIntentBits.GuildMessages`. */
export type IntentInput = GatewayIntentName | GatewayIntentBits;

// discord-api-types keeps two deprecated aliases; they name the same bits.
type IntentAliases = { GuildBans: 'GuildModeration'; GuildEmojisAndStickers: 'GuildExpressions' };
type BitsKey = keyof typeof GatewayIntentBits;
type NameOfKey<K extends BitsKey> = K extends keyof IntentAliases ? IntentAliases[K] : K extends GatewayIntentName ? K : never;

/** The intent name of one {@link IntentInput}. */
export type IntentNameOf<T> = T extends GatewayIntentName
	? T
	: T extends GatewayIntentBits
		? { [K in BitsKey]: T extends (typeof GatewayIntentBits)[K] ? NameOfKey<K> : never }[BitsKey]
		: never;

/**
 * The intent names a client was created with, as a union. A list whose elements the
 * compiler cannot see (a `GatewayIntentName[]` built at run time) gives every name: every
 * event is allowed, and `message.content` stays `string | undefined` (see {@link ContentOf}).
 */
export type IntentNames<I extends readonly IntentInput[]> = number extends I['length'] ? GatewayIntentName : IntentNameOf<I[number]>;

type Needs<E extends string> = E extends keyof typeof EventIntents
	? (typeof EventIntents)[E]['guild'][number] | (typeof EventIntents)[E]['dm'][number]
	: never;

/**
 * `true` when a client with intents `N` receives dispatch `E` (`'MESSAGE_CREATE'`) in a
 * guild or a DM, read from `EventIntents` in `ovenjs/knowledge`. Intent-free events
 * (READY, INTERACTION_CREATE, …) are always received.
 */
export type ReceivesDispatch<E extends string, N extends GatewayIntentName> = [Needs<E>] extends [never]
	? true
	: [Extract<N, Needs<E>>] extends [never]
		? false
		: true;

/** `true` when `N` holds intent `Name`. */
export type HasIntent<N extends GatewayIntentName, Name extends GatewayIntentName> = GatewayIntentName extends N
	? false
	: Name extends N
		? true
		: false;

/**
 * The type of `message.content`: `string` with MessageContent, `string | undefined` without
 * it (Discord sends `''` for messages that neither mention the bot nor are DMs, and views
 * turn that into `undefined`, so type and value agree).
 */
export type ContentOf<N extends GatewayIntentName> = HasIntent<N, 'MessageContent'> extends true ? string : string | undefined;

/**
 * The bitfield of `intents`.
 * @throws {OvenClientError} `CLIENT_INVALID_OPTION` for an unknown name or bit.
 */
export function resolveIntents(intents: readonly IntentInput[]): number {
	let mask = 0;
	for (const intent of intents) {
		if (typeof intent === 'number') {
			if (!Number.isInteger(intent) || intent <= 0 || (intent & ~ALL_INTENTS) !== 0 || (intent & (intent - 1)) !== 0) {
				throw new OvenClientError(
					'CLIENT_INVALID_OPTION',
					`intents: ${intent} is not a gateway intent bit; use names like 'GuildMessages' or GatewayIntentBits values.`,
				);
			}
			mask |= intent;
		} else if (typeof intent === 'string' && Object.hasOwn(GatewayIntents, intent)) {
			mask |= GatewayIntents[intent].bit;
		} else {
			throw new OvenClientError(
				'CLIENT_INVALID_OPTION',
				`intents: ${JSON.stringify(intent)} is not a gateway intent; known names: ${Object.keys(GatewayIntents).join(', ')}.`,
			);
		}
	}
	return mask;
}
