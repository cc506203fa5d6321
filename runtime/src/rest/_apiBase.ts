/** Discord's REST base URL, without the version. */
export const DEFAULT_API = 'https://discord.com/api';

/**
 * The REST base URL to use and the name to blame if it is unusable: the `api` option when
 * given, else the `OVEN_API_URL` environment variable (so an unmodified bot or deploy script
 * runs against oven-mock or a proxy), else Discord's. Read by `new REST()` and `createClient`.
 * @internal
 */
export function _apiBase(
	option: unknown,
	env: NodeJS.ProcessEnv = process.env,
): { readonly value: unknown; readonly name: 'api' | 'OVEN_API_URL' } {
	if (option !== undefined) return { value: option, name: 'api' };
	const fromEnv = env.OVEN_API_URL;
	return fromEnv === undefined || fromEnv === '' ? { value: DEFAULT_API, name: 'api' } : { value: fromEnv, name: 'OVEN_API_URL' };
}
