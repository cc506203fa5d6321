import { GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import { MAX_TIMER_DELAY } from '../_timerDelay.js';

/** What is wrong with a gateway message, as {@link checkReceivePayload} found it. */
export interface ReceivePayloadProblem {
	readonly op: number | undefined;
	readonly problem: string;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `ws:` or `wss:` URL the transport can open. */
export function isGatewayUrl(value: unknown): value is string {
	return typeof value === 'string' && URL.canParse(value) && /^wss?:$/.test(new URL(value).protocol);
}

/** The problem with a dispatch (op 0), or undefined. */
function dispatchProblem(payload: Fields): string | undefined {
	const { s, t, d } = payload;
	if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) return `a dispatch's s must be a whole number ≥ 0, got ${describe(s)}`;
	if (typeof t !== 'string' || t === '') return `a dispatch's t must be the event name, got ${describe(t)}`;
	if (t === GatewayDispatchEvents.Resumed) return undefined;
	if (!isObject(d)) return `${t}'s d must be an object, got ${describe(d)}`;
	if (t === GatewayDispatchEvents.Ready) {
		if (typeof d.session_id !== 'string' || d.session_id === '')
			return `READY's session_id must be a string, got ${describe(d.session_id)}`;
		if (!isGatewayUrl(d.resume_gateway_url))
			return `READY's resume_gateway_url must be a ws:// or wss:// URL, got ${describe(d.resume_gateway_url)}`;
		// The client reads these two at once (client.user, client.applicationId).
		if (!isObject(d.user) || typeof d.user.id !== 'string') return `READY's user must be an object with an id, got ${describe(d.user)}`;
		if (!isObject(d.application) || typeof d.application.id !== 'string')
			return `READY's application must be an object with an id, got ${describe(d.application)}`;
	}
	return undefined;
}

/** The problem with a payload of a known op, or undefined. Ops the shard does not read from are not checked further. */
function opProblem(op: number, payload: Fields): string | undefined {
	switch (op) {
		case GatewayOpcodes.Dispatch:
			return dispatchProblem(payload);
		case GatewayOpcodes.InvalidSession:
			return typeof payload.d === 'boolean' ? undefined : `op 9's d must be true or false, got ${describe(payload.d)}`;
		case GatewayOpcodes.Hello: {
			const interval = isObject(payload.d) ? payload.d.heartbeat_interval : undefined;
			if (typeof interval === 'number' && interval >= 1 && interval <= MAX_TIMER_DELAY) return undefined;
			return `HELLO's heartbeat_interval must be a number of ms in [1, ${MAX_TIMER_DELAY}], got ${describe(interval)}`;
		}
		default:
			return undefined;
	}
}

/** A short, token-free description of a value for a warning. */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Checks one decoded gateway message before the shard reads any of it: an object with an
 * integer `op`, and for the ops the shard reads, the fields it reads (`s`, `t` and `d` of a
 * dispatch, READY's `session_id`, `resume_gateway_url`, `user` and `application`, HELLO's `heartbeat_interval`
 * within the range of a timer, op 9's boolean). Unknown ops pass: the shard ignores them.
 * Undefined when `value` is a payload the shard may read (nothing allocated on that path:
 * it runs for every message).
 * @see https://discord.com/developers/docs/events/gateway-events#payload-structure
 */
export function checkReceivePayload(value: unknown): ReceivePayloadProblem | undefined {
	if (!isObject(value)) return { op: undefined, problem: `a gateway message must be a payload object, got ${describe(value)}` };
	const { op } = value;
	if (typeof op !== 'number' || !Number.isInteger(op)) return { op: undefined, problem: `op must be an integer, got ${describe(op)}` };
	const problem = opProblem(op, value);
	return problem === undefined ? undefined : { op, problem };
}
