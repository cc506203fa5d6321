/** Absolute path of the vendored `openapi.json` (Discord's OpenAPI 3.1 description of API v10). */
export declare const openApiPath: string;

/** Where the vendored copy came from. */
export declare const upstream: {
	readonly repository: string;
	readonly commit: string;
	readonly date: string;
	readonly file: string;
	readonly license: string;
};
