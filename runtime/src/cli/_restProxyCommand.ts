import { parseArgs } from 'node:util';
import { createRestProxy, type RestProxy } from '../restProxy/RestProxy.js';
import { OvenRESTError } from '../rest/errors/OvenRESTError.js';
import type { RestProxyOptions } from '../restProxy/RestProxyOptions.js';

export const REST_PROXY_USAGE = `Usage: oven rest-proxy [--port <n>] [--host <addr>] [--api <url>] [--token-from-env <NAME> [--secret-from-env <NAME>]]
                      [--redis <url> [--redis-prefix <prefix>]] [--global-per-second <n>]

Serves Discord's HTTP API to any number of clients and holds the rate limits of all of them:
point @discordjs/rest's \`api\`, discordeno's proxy.baseUrl or OvenJS's OVEN_API_URL at the
printed URL (…/api). Clients get no 429 while the limits are known; the proxy waits them out.
--port (default 0: any free port) on --host (default 127.0.0.1: only this machine).
--api (default: OVEN_API_URL, else Discord's) is where requests go, e.g. a mock's.
Tokens: each client's Authorization passes through (rate limits kept per token), unless
--token-from-env names a variable holding the bot token, which is then sent with every request;
--secret-from-env then names one holding the Authorization clients must send (others get 401).
--redis keeps the limits in Redis, shared by every proxy (and bot) with the same --redis-prefix.
GET /health and /ready answer probes. Ctrl-C stops it.`;

/** A variable's value, or a message saying why it is unusable. */
function fromEnv(flag: string, name: string | undefined): string | undefined | Error {
	if (name === undefined) return undefined;
	const value = process.env[name];
	return value === undefined || value === '' ? new Error(`oven rest-proxy: ${flag} ${name}: the variable is not set or empty.`) : value;
}

/** `oven rest-proxy …`: runs until SIGINT/SIGTERM; resolves the exit code. */
export async function restProxyCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				port: { type: 'string' },
				host: { type: 'string' },
				api: { type: 'string' },
				'token-from-env': { type: 'string' },
				'secret-from-env': { type: 'string' },
				redis: { type: 'string' },
				'redis-prefix': { type: 'string' },
				'global-per-second': { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		}));
	} catch (error) {
		err.write(`${(error as Error).message}\n\n${REST_PROXY_USAGE}\n`);
		return 2;
	}
	if (values.help === true) {
		out.write(`${REST_PROXY_USAGE}\n`);
		return 0;
	}
	const port = Number(values.port ?? 0);
	const perSecond = values['global-per-second'] === undefined ? undefined : Number(values['global-per-second']);
	const token = fromEnv('--token-from-env', values['token-from-env']);
	const secret = fromEnv('--secret-from-env', values['secret-from-env']);
	for (const problem of [token, secret]) {
		if (!(problem instanceof Error)) continue;
		err.write(`${problem.message}\n`);
		return 2;
	}
	if (!(Number.isInteger(port) && port >= 0 && port < 65536)) {
		err.write(`oven rest-proxy: --port must be a port number (0 for any free port), got ${JSON.stringify(values.port)}.\n`);
		return 2;
	}
	const options: RestProxyOptions = {
		port,
		...(values.host === undefined ? {} : { host: values.host }),
		...(values.api === undefined ? {} : { api: values.api }),
		...(typeof token === 'string' ? { token } : {}),
		...(typeof secret === 'string' ? { secret } : {}),
		...(values.redis === undefined
			? {}
			: { redis: { url: values.redis, ...(values['redis-prefix'] === undefined ? {} : { prefix: values['redis-prefix'] }) } }),
		...(perSecond === undefined ? {} : { rest: { globalRequestsPerSecond: perSecond } }),
	};
	let proxy: RestProxy;
	try {
		proxy = await createRestProxy(options);
	} catch (error) {
		if (!(error instanceof OvenRESTError)) throw error;
		err.write(`oven rest-proxy: ${error.message}\n`);
		return 2;
	}
	proxy.on('error', (error) => err.write(`oven rest-proxy: ${error.status} ${error.message}\n`));
	const tokens =
		typeof token === 'string'
			? `the token from ${values['token-from-env']}${typeof secret === 'string' ? ', for clients sending the secret' : ''}`
			: "each client's own";
	out.write(`rest proxy: ${proxy.api} (tokens: ${tokens}; rate limits: ${values.redis === undefined ? 'in memory' : 'in Redis'})\n`);
	out.write(`health: ${proxy.url}/health, ${proxy.url}/ready\n`);
	await new Promise<void>((done) => {
		process.once('SIGINT', done);
		process.once('SIGTERM', done);
	});
	await proxy.close();
	out.write('rest proxy stopped\n');
	return 0;
}
