import { readFileSync } from 'node:fs';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { addFormats, Ajv2020, type AjvInstance } from '../_ajv.js';

/** A compiled JSON-schema check with its errors. */
export type SchemaCheck = ReturnType<AjvInstance['compile']>;

/** One path or query parameter of an operation, as the description declares it. */
export interface SpecParameter {
	readonly name: string;
	readonly in: 'path' | 'query';
	readonly required: boolean;
	/** How a raw string is read before the schema check: Discord's snowflake, an integer, a boolean, a list or text. */
	readonly kind: 'snowflake' | 'integer' | 'boolean' | 'array' | 'string';
	/** The kind of each item, for `array`. */
	readonly itemKind: 'snowflake' | 'integer' | 'boolean' | 'string';
	/** Undefined when ajv cannot compile the declared schema (e.g. an empty `enum`): the value is then only read. */
	readonly check: SchemaCheck | undefined;
}

interface RawParameter {
	readonly name: string;
	readonly in: string;
	readonly required?: boolean;
	readonly schema?: Record<string, unknown>;
}

interface Operation {
	readonly operationId?: string;
	readonly parameters?: readonly RawParameter[];
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
		// A few schemas pair `enum: []` with an `allOf` naming the real values; ajv refuses an empty enum.
		if (Array.isArray(record['enum']) && record['enum'].length === 0) delete record['enum'];
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

/**
 * Request properties where Discord (its docs, discord-api-types and what libraries send) takes
 * more than the description states. Each gains the documented form beside the described one.
 */
const DOCUMENTED_WIDENINGS: readonly { readonly schema: string; readonly property: string; readonly also: object; readonly doc: string }[] =
	[
		{
			// The description types it as a localized object; the docs, discord-api-types and discord.js send a string.
			schema: 'ApplicationFormPartial',
			property: 'description',
			also: { type: 'string', maxLength: 400 },
			doc: 'https://discord.com/developers/docs/resources/application#edit-current-application',
		},
	];

function acceptDocumentedForms<T>(document: T): T {
	const schemas = (document as { components: { schemas: Record<string, { properties?: Record<string, object> }> } }).components.schemas;
	for (const { schema, property, also } of DOCUMENTED_WIDENINGS) {
		const properties = schemas[schema]?.properties;
		const described = properties?.[property];
		if (properties !== undefined && described !== undefined) properties[property] = { anyOf: [described, also] };
	}
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
		readonly paths: Record<string, Record<string, Operation> & { readonly parameters?: readonly RawParameter[] }>;
		readonly components: { readonly responses: Record<string, unknown>; readonly schemas: Record<string, Record<string, unknown>> };
	};
	readonly #ajv: AjvInstance;
	readonly #cache = new Map<string, SchemaCheck | undefined>();
	readonly #parameters = new Map<string, readonly SpecParameter[]>();

	public constructor(path: string = locateSpec()) {
		this.#document = acceptDocumentedForms(acceptBitfieldStrings(JSON.parse(readFileSync(path, 'utf8'))));
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

	/**
	 * The path and query parameters of an operation (the path item's, then the operation's),
	 * each with how to read it and its compiled schema check.
	 */
	public parameters(path: string, method: string): readonly SpecParameter[] {
		const m = method.toLowerCase();
		const key = `${m} ${path}`;
		let list = this.#parameters.get(key);
		if (list !== undefined) return list;
		const item = this.#document.paths[path];
		const out: SpecParameter[] = [];
		const add = (raw: readonly RawParameter[] | undefined, base: string): void => {
			(raw ?? []).forEach((parameter, index) => {
				if ((parameter.in !== 'path' && parameter.in !== 'query') || parameter.schema === undefined) return;
				const schema = this.#resolve(parameter.schema);
				const items =
					schema['items'] ?? (schema['oneOf'] as Record<string, unknown>[] | undefined)?.find((s) => s['type'] === 'array')?.['items'];
				out.push({
					name: parameter.name,
					in: parameter.in,
					required: parameter.required === true,
					kind: items !== undefined ? 'array' : this.#kind(schema),
					itemKind:
						items === undefined ? 'string' : (this.#kind(this.#resolve(items as Record<string, unknown>)) as SpecParameter['itemKind']),
					check: this.#tryCompile(`${base}/${index}/schema`),
				});
			});
		};
		if (item !== undefined) {
			add(item.parameters, `#/paths/${escapePointer(path)}/parameters`);
			add(item[m]?.parameters, `#/paths/${escapePointer(path)}/${m}/parameters`);
		}
		list = out;
		this.#parameters.set(key, list);
		return list;
	}

	#resolve(schema: Record<string, unknown>): Record<string, unknown> {
		const ref = schema['$ref'];
		if (typeof ref !== 'string') return schema;
		return this.#document.components.schemas[ref.split('/').pop() ?? ''] ?? {};
	}

	#kind(schema: Record<string, unknown>): 'snowflake' | 'integer' | 'boolean' | 'string' {
		if (schema['format'] === 'snowflake') return 'snowflake';
		if (schema['type'] === 'integer' || schema['type'] === 'number') return 'integer';
		if (schema['type'] === 'boolean') return 'boolean';
		return 'string';
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

	#tryCompile(pointer: string): SchemaCheck | undefined {
		try {
			return this.#compile(pointer);
		} catch {
			return undefined;
		}
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
