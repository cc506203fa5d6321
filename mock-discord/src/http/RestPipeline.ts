import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { redactSecrets } from 'ovenjs/knowledge';
import { RestError, restError } from '../errors/RestError.js';
import type { InteractionStore } from '../interactions/InteractionStore.js';
import type { RateLimiter, RateLimitRequest } from '../ratelimit/index.js';
import type { World } from '../world/World.js';
import { formErrorFromAjv } from './formErrors.js';
import { normalizeBody } from './normalizeBody.js';
import type { OpenApiSpec } from './OpenApiSpec.js';
import { readBody } from './readBody.js';
import type { RestFaults } from './RestFaults.js';
import type { SessionReplay } from '../replay/SessionReplay.js';
import type { Router } from './Router.js';
import { specOperationFor, unimplemented } from './unimplemented.js';
import { validateParameters } from './validateParameters.js';

/** One REST request as the control API reports it. The Authorization header is never kept. */
export interface RequestLogEntry {
	readonly method: string;
	/** The path, webhook and interaction tokens replaced by `[redacted]`. */
	readonly path: string;
	/** The route template the request matched, e.g. `/channels/{channel_id}/messages`, when Discord's API has one. */
	readonly route?: string;
	/** The operationId of that route in Discord's OpenAPI description, e.g. `create_message`. */
	readonly operationId?: string;
	/** The query string without `?` (e.g. `with_response=true`); absent when the URL has none. */
	readonly query?: string;
	readonly status: number;
	readonly body: unknown;
	/** The `X-Audit-Log-Reason` header, URI-decoded; absent when the request had none. */
	readonly reason?: string;
	/** ISO time the request arrived. */
	readonly at: string;
}

/** What the pipeline works with. */
export interface RestPipelineDeps {
	readonly world: World;
	readonly interactions: InteractionStore;
	readonly router: Router;
	readonly spec: OpenApiSpec;
	readonly limiter: RateLimiter;
	readonly faults: RestFaults;
	readonly requestLog: RequestLogEntry[];
	readonly log: (line: string) => void;
	readonly gatewayUrl: () => string;
	readonly maxBodyBytes: number;
	/** Sees every request once answered (for the inspector). */
	readonly onRequest?: (entry: RequestLogEntry, durationMs: number) => void;
	/** A recording being replayed: its answers come before the world's. */
	readonly replay?: Pick<SessionReplay, 'take' | 'seen'>;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * API versions the mock answers: v10 (and the unversioned path, which Discord routes to the
 * default) plus v9, whose REST shapes discord.js v13 reads the same. Others get 50041.
 * @see https://discord.com/developers/docs/reference#api-versioning
 */
const API_VERSIONS = new Set([9, 10]);
const REQUEST_LOG_MAX = 1000;

function send(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>>, contentType?: string): void {
	if (status === 204 || body === undefined) {
		res.writeHead(status, headers).end();
		return;
	}
	if (contentType !== undefined) {
		const raw = Buffer.isBuffer(body) ? body : Buffer.from(String(body), 'utf8');
		res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': raw.length }).end(raw);
		return;
	}
	const text = JSON.stringify(body);
	res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** The audit-log reason a client sent, URI-decoded as Discord reads it. */
function auditLogReason(header: string | string[] | undefined): string | undefined {
	if (typeof header !== 'string') return undefined;
	try {
		return decodeURIComponent(header);
	} catch {
		return header;
	}
}

/** The resource id that keys the route's bucket, as Discord picks it. */
function majorParameter(params: Readonly<Record<string, string>>): string {
	if (params['webhook_id'] !== undefined) return `${params['webhook_id']}/${params['webhook_token'] ?? ''}`;
	if (params['interaction_id'] !== undefined) return `${params['interaction_id']}/${params['interaction_token'] ?? ''}`;
	return params['channel_id'] ?? params['guild_id'] ?? '';
}

/**
 * Handles one REST request: route, auth, injected faults, rate limit, body parsing and
 * schema check, the handler, then logging. Every failure becomes Discord's error JSON.
 */
export async function handleRest(
	deps: RestPipelineDeps,
	req: IncomingMessage,
	res: ServerResponse,
	path: string,
	query: URLSearchParams,
	version?: number,
): Promise<void> {
	const started = Date.now();
	const method = (req.method ?? 'GET').toUpperCase();
	let status = 500;
	let loggedBody: unknown;
	let headers: Record<string, string> = {};
	let limitRequest: RateLimitRequest | undefined;
	let sharedScope = false;
	let template: string | undefined;
	let fromRecording = false;
	try {
		if (version !== undefined && !API_VERSIONS.has(version)) throw restError('invalidApiVersion');
		const match = deps.router.match(method, path);
		if (match === undefined || match === 'method') {
			// Read for the log, so a client's test sees what it sent to a route the mock lacks.
			if (BODY_METHODS.has(method)) loggedBody = (await readBody(req, deps.maxBodyBytes).catch(() => undefined))?.json;
			template = specOperationFor(deps.spec, method, path)?.path;
			throw unimplemented(deps.spec, method, path);
		}
		const { route, params } = match;
		template = route.path;
		const auth = req.headers.authorization;
		const kind = route.auth ?? 'bot';
		const bearer = auth?.startsWith('Bearer ') === true ? deps.world.resources.oauthTokens.get(auth.slice(7)) : undefined;
		const isBot = auth === `Bot ${deps.world.token}`;
		if (
			(kind === 'bot' && !isBot) ||
			(kind === 'bearer' && bearer === undefined) ||
			(kind === 'bot-or-bearer' && !isBot && bearer === undefined)
		)
			throw restError('unauthorized');
		limitRequest = {
			method,
			route: route.path,
			majorParameter: majorParameter(params),
			globalExempt: route.globalExempt === true,
			identity: auth ?? req.socket.remoteAddress ?? 'anonymous',
		};
		const asked = query.toString();
		const recorded = deps.replay?.take(method, asked === '' ? path : `${path}?${asked}`);
		if (recorded !== undefined) {
			fromRecording = true;
			loggedBody = BODY_METHODS.has(method) ? (await readBody(req, deps.maxBodyBytes).catch(() => undefined))?.json : undefined;
			if (!req.readableEnded) req.resume();
			status = recorded.status;
			send(res, status, recorded.body, recorded.headers);
			return;
		}
		const forced = deps.faults.takeServerError(method, route.path);
		if (forced !== undefined) throw new RestError(forced, 0, `${forced}: Internal Server Error`);
		const decision = deps.limiter.take(limitRequest);
		headers = { ...decision.headers };
		if (!decision.allowed) {
			sharedScope = Object.entries(decision.headers).some(([k, v]) => k.toLowerCase() === 'x-ratelimit-scope' && v === 'shared');
			req.resume();
			status = 429;
			if (deps.faults.latencyMs > 0) await delay(deps.faults.latencyMs);
			send(res, 429, decision.body, headers);
			return;
		}
		validateParameters(deps.spec, route.path, method, params, query);
		const parsed = BODY_METHODS.has(method) ? await readBody(req, deps.maxBodyBytes) : { json: undefined, files: [], size: 0 };
		loggedBody = parsed.json;
		const json = normalizeBody(parsed.json);
		if (json !== undefined) {
			const check = deps.spec.requestCheck(route.path, method);
			if (check !== undefined && !check(json)) throw formErrorFromAjv(check.errors ?? []);
		}
		const result = await route.handler({
			world: deps.world,
			interactions: deps.interactions,
			params,
			query,
			body: json,
			files: parsed.files,
			headers: req.headers,
			gatewayUrl: deps.gatewayUrl(),
			...(bearer === undefined ? {} : { bearer }),
		});
		status = result.status;
		if (deps.faults.latencyMs > 0) await delay(deps.faults.latencyMs);
		send(res, result.status, result.body, headers, result.contentType);
	} catch (error) {
		const rest = error instanceof RestError ? error : undefined;
		status = rest?.status ?? 500;
		if (rest === undefined) deps.log(`error ${method} ${path}: ${(error as Error).stack ?? String(error)}`);
		if (!req.readableEnded) req.resume();
		if (deps.faults.latencyMs > 0) await delay(deps.faults.latencyMs);
		send(res, status, rest?.body ?? { message: '500: Internal Server Error', code: 0 }, { ...headers, ...rest?.headers });
	} finally {
		if (limitRequest !== undefined) deps.limiter.recordResult(limitRequest, status, sharedScope);
		const search = query.toString();
		const reason = auditLogReason(req.headers['x-audit-log-reason']);
		const operationId = template === undefined ? undefined : deps.spec.operationId(template, method);
		const entry: RequestLogEntry = {
			method,
			path: redactSecrets(path),
			...(template === undefined ? {} : { route: template }),
			...(operationId === undefined ? {} : { operationId }),
			...(search === '' ? {} : { query: search }),
			status,
			body: loggedBody ?? null,
			...(reason === undefined ? {} : { reason }),
			at: new Date(started).toISOString(),
		};
		deps.requestLog.push(entry);
		deps.onRequest?.(entry, Date.now() - started);
		deps.replay?.seen(entry, fromRecording);
		if (deps.requestLog.length > REQUEST_LOG_MAX) deps.requestLog.splice(0, deps.requestLog.length - REQUEST_LOG_MAX);
		deps.log(`${method} ${entry.path} ${status} ${Date.now() - started}ms`);
	}
}
