import { readFileSync } from 'node:fs';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { addFormats, Ajv2020, type AjvInstance } from '../_ajv.js';

/** A compiled JSON-schema check with its errors. */
export type SchemaCheck = ReturnType<AjvInstance['compile']>;

interface Operation {
	readonly operationId?: string;
	readonly requestBody?: { readonly content?: Record<string, { readonly schema?: unknown }> };
	readonly responses?: Record<string, { readonly $ref?: string; readonly content?: Record<string, { readonly schema?: unknown }> }>;
}

/**
 * Finds Discord's OpenAPI description: `OVEN_DISCORD_SPEC` when set (an explicit choice
 * wins), else the copy vendored in `@ovenjs/discord-api-spec`, a dependency of this package.
 */
export function locateSpec(env: NodeJS.ProcessEnv = process.env): string {
	const fromEnv = env['OVEN_DISCORD_SPEC'];
	if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
	return openApiPath;
}

/** Request properties the spec types as integers but Discord (and every library) sends as decimal strings. */
const BITFIELD_KEYS = new Set(['permissions', 'allow', 'deny', 'default_member_permissions']);

/**
 * Permission bitfields outgrow 2^53, so Discord serialises them as strings and accepts
 * strings in requests; the spec only says `integer`. Widens those properties in place.
 * @see https://discord.com/developers/docs/topics/permissions#permissions
 */
function acceptBitfieldStrings<T>(document: T): T {
	const visit = (node: unknown): void => {
		if (typeof node !== 'object' || node === null) return;
		if (Array.isArray(node)) return node.forEach(visit);
		const record = node as Record<string, unknown>;
		const properties = record['properties'] as Record<string, { type?: unknown; pattern?: string }> | undefined;
		if (properties !== undefined && typeof properties === 'object') {
			for (const [key, schema] of Object.entries(properties)) {
				if (!BITFIELD_KEYS.has(key)) continue;
				const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type];
				if (!types.includes('integer') || types.includes('string')) continue;
				schema.type = [...types, 'string'];
				// `pattern` only constrains strings, so integers pass as before.
				schema.pattern = '^[0-9]{1,30}$';
			}
		}
		Object.values(record).forEach(visit);
	};
	visit(document);
	return document;
}

const escapePointer = (part: string): string => encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'));

/**
 * Discord's OpenAPI 3.1 description, loaded once, with request and response schemas
 * compiled lazily per operation and cached. `$ref`s resolve inside the document.
 */
export class OpenApiSpec {
	static #shared: OpenApiSpec | undefined;
	readonly #document: {
		readonly paths: Record<string, Record<string, Operation>>;
		readonly components: { readonly responses: Record<string, unknown> };
	};
	readonly #ajv: AjvInstance;
	readonly #cache = new Map<string, SchemaCheck | undefined>();

	public constructor(path: string = locateSpec()) {
		this.#document = acceptBitfieldStrings(JSON.parse(readFileSync(path, 'utf8')));
		this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false });
		addFormats(this.#ajv);
		for (const format of ['int32', 'int64', 'double', 'nonce', 'snowflake']) this.#ajv.addFormat(format, true);
		this.#ajv.addSchema(this.#document as object, 'openapi');
	}

	/** The spec shared by every mock in this process. */
	public static shared(): OpenApiSpec {
		OpenApiSpec.#shared ??= new OpenApiSpec();
		return OpenApiSpec.#shared;
	}

	/** The operation at a path template such as `/channels/{channel_id}/messages`, or undefined. */
	public operation(path: string, method: string): Operation | undefined {
		return this.#document.paths[path]?.[method.toLowerCase()];
	}

	/** The operationId of a route, when the spec has it. */
	public operationId(path: string, method: string): string | undefined {
		return this.operation(path, method)?.operationId;
	}

	/** The check for a JSON request body, or undefined when the operation takes none. */
	public requestCheck(path: string, method: string): SchemaCheck | undefined {
		const m = method.toLowerCase();
		const content = this.operation(path, m)?.requestBody?.content;
		if (content?.['application/json']?.schema === undefined) return undefined;
		return this.#compile(`#/paths/${escapePointer(path)}/${m}/requestBody/content/application~1json/schema`);
	}

	/**
	 * The check for a response body of `status`, falling back to `2XX`/`4XX`/`default` as
	 * the spec declares; undefined when the spec declares no JSON body for it.
	 */
	public responseCheck(path: string, method: string, status: number): SchemaCheck | undefined {
		const m = method.toLowerCase();
		const responses = this.operation(path, m)?.responses ?? {};
		const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k] !== undefined);
		if (key === undefined) return undefined;
		const response = responses[key];
		if (response?.$ref !== undefined) {
			const name = response.$ref.split('/').pop() ?? '';
			const shared = this.#document.components.responses[name] as { content?: Record<string, { schema?: unknown }> } | undefined;
			if (shared?.content?.['application/json']?.schema === undefined) return undefined;
			return this.#compile(`#/components/responses/${escapePointer(name)}/content/application~1json/schema`);
		}
		if (response?.content?.['application/json']?.schema === undefined) return undefined;
		return this.#compile(`#/paths/${escapePointer(path)}/${m}/responses/${key}/content/application~1json/schema`);
	}

	/** Every path template and method in the spec. */
	public routes(): { path: string; method: string; operationId: string | undefined }[] {
		const out: { path: string; method: string; operationId: string | undefined }[] = [];
		for (const [path, item] of Object.entries(this.#document.paths)) {
			for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
				if (item[method] !== undefined) out.push({ path, method: method.toUpperCase(), operationId: item[method]?.operationId });
			}
		}
		return out;
	}

	#compile(pointer: string): SchemaCheck {
		let check = this.#cache.get(pointer);
		if (check === undefined) {
			check = this.#ajv.compile({ $ref: `openapi${pointer}` });
			this.#cache.set(pointer, check);
		}
		return check;
	}
}
