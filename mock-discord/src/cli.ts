#!/usr/bin/env node
/**
 * `oven-mock [--port N] [--host H] [--scenario file.json] [--replay session.jsonl [--fast]] [--inspector] [--allow-origin O]… [--allow-host H]…`:
 * starts a mock Discord; with `--replay`, one that plays a recorded session to the bot that connects. The first stdout line is one JSON object with the URLs and the token,
 * the voice server's endpoint and `voiceCa`, a file holding its certificate for a bot in another
 * process to trust (`NODE_EXTRA_CA_CERTS=<voiceCa>`); then one log line per request and gateway
 * event. The token never appears in the log.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMockDiscord } from './MockDiscord.js';
import { MockDiscordError } from './errors/MockDiscordError.js';

const USAGE =
	'usage: oven-mock [--port N] [--host H] [--scenario file.json] [--replay session.jsonl [--fast]] [--inspector] [--allow-origin O]… [--allow-host H]…';

function fail(message: string): never {
	process.stderr.write(`oven-mock: ${message}\n${USAGE}\n`);
	process.exit(2);
}

let values: {
	port?: string;
	host?: string;
	scenario?: string;
	replay?: string;
	fast?: boolean;
	inspector?: boolean;
	'allow-origin'?: string[];
	'allow-host'?: string[];
	help?: boolean;
};
try {
	values = parseArgs({
		options: {
			port: { type: 'string' },
			host: { type: 'string' },
			scenario: { type: 'string' },
			replay: { type: 'string' },
			fast: { type: 'boolean' },
			inspector: { type: 'boolean' },
			'allow-origin': { type: 'string', multiple: true },
			'allow-host': { type: 'string', multiple: true },
			help: { type: 'boolean', short: 'h' },
		},
		strict: true,
		allowPositionals: false,
	}).values;
} catch (error) {
	fail((error as Error).message);
}
if (values.help === true) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be an integer from 0 to 65535, got "${values.port ?? ''}"`);
if (values.fast === true && values.replay === undefined) fail('--fast goes with --replay <session.jsonl>');

// createMockDiscord redacts every line (the token, interaction and webhook tokens) before it comes here.
const log = (line: string): void => {
	process.stdout.write(`${line}\n`);
};

try {
	const mock = await createMockDiscord({
		port,
		...(values.host === undefined ? {} : { host: values.host }),
		...(values.scenario === undefined ? {} : { scenario: values.scenario }),
		...(values.replay === undefined ? {} : { replay: { file: values.replay, pace: values.fast === true ? 'fast' : 'recorded' } }),
		...(values.inspector === true ? { inspector: true } : {}),
		access: {
			...(values['allow-origin'] === undefined ? {} : { allowedOrigins: values['allow-origin'] }),
			...(values['allow-host'] === undefined ? {} : { allowedHosts: values['allow-host'] }),
		},
		log,
	});
	const voice = await mock.voice.start();
	const caDir = mkdtempSync(join(tmpdir(), 'oven-mock-voice-'));
	const voiceCa = join(caDir, 'voice-ca.pem');
	writeFileSync(voiceCa, voice.certificate);
	process.stdout.write(
		`${JSON.stringify({ api: mock.api, gateway: mock.gateway, control: mock.control, token: mock.token, applicationId: mock.applicationId, voice: voice.endpoint, voiceCa, ...(mock.inspector?.address === undefined ? {} : { inspector: mock.inspector.address.url }) })}\n`,
	);
	const stop = (): void => {
		rmSync(caDir, { recursive: true, force: true });
		void mock.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	if (error instanceof MockDiscordError) {
		process.stderr.write(`oven-mock: ${error.message}\n`);
		process.exit(2);
	}
	throw error;
}
