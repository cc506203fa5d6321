import { readFileSync } from 'node:fs';
import { openApiPath, upstream } from '@ovenjs/discord-api-spec';

/** An HTTP method of Discord's API. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call an operation, from its `security` list. */
export type OperationAuth = 'bot' | 'optional' | 'bearer';

/** One operation of Discord's OpenAPI description, reduced to what the API layer needs. */
export interface SpecOperation {
	/** The description's `operationId`, e.g. `ban_user_from_guild`. */
	readonly id: string;
	readonly method: HttpMethod;
	/** The path template, e.g. `/guilds/{guild_id}/bans/{user_id}`. */
	readonly path: string;
	/** Path parameters typed `SnowflakeType`. */
	readonly ids: readonly string[];
	/** Query parameter names. */
	readonly query: readonly string[];
	/** The request body's media types; empty when the operation takes no body. */
	readonly body: readonly string[];
	/** `bot`: a bot token works; `optional`: no token needed; `bearer`: only a user's OAuth2 token. */
	readonly auth: OperationAuth;
}

interface RawParameter {
	readonly name: string;
	readonly in: string;
	readonly schema?: { readonly $ref?: string };
}

interface RawOperation {
	readonly operationId: string;
	readonly parameters?: readonly RawParameter[];
	readonly requestBody?: { readonly content?: Readonly<Record<string, unknown>> };
	readonly security?: readonly Readonly<Record<string, unknown>>[];
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const SNOWFLAKE_REF = '#/components/schemas/SnowflakeType';

function authOf(security: RawOperation['security']): OperationAuth {
	const schemes = (security ?? []).map((entry) => Object.keys(entry));
	if (schemes.some((names) => names.length === 0)) return 'optional';
	return schemes.some((names) => names.includes('BotToken')) ? 'bot' : 'bearer';
}

/** The vendored description's operations, sorted by id, and the upstream commit they come from. */
export function readSpecOperations(path: string = openApiPath): { operations: SpecOperation[]; commit: string } {
	const document = JSON.parse(readFileSync(path, 'utf8')) as {
		paths: Record<string, Record<string, RawOperation | readonly RawParameter[]>>;
	};
	const operations: SpecOperation[] = [];
	for (const [template, item] of Object.entries(document.paths)) {
		const pathParameters = (item['parameters'] ?? []) as readonly RawParameter[];
		for (const method of METHODS) {
			const operation = item[method.toLowerCase()] as RawOperation | undefined;
			if (operation === undefined) continue;
			operations.push({
				id: operation.operationId,
				method,
				path: template,
				ids: pathParameters.filter((p) => p.in === 'path' && p.schema?.$ref === SNOWFLAKE_REF).map((p) => p.name),
				query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
				body: Object.keys(operation.requestBody?.content ?? {}),
				auth: authOf(operation.security),
			});
		}
	}
	operations.sort((a, b) => (a.id < b.id ? -1 : 1));
	return { operations, commit: upstream.commit };
}
