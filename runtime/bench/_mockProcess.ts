/**
 * A mock Discord in its own process, so that a client's CPU can be measured apart from the
 * mock's. Started with `fork(…, { execArgv: ['--import', 'tsx'] })`; argv[2] is a JSON
 * `MockDiscordOptions`. It sends `{ ready: { api, token } }` over IPC, then answers
 * `'stats'` with `{ stats: { statuses, cpuMicros } }`: every REST response status counted
 * from the mock's log (its request log keeps only the last 1,000) and its own CPU time.
 */
import { createMockDiscord, type MockDiscordOptions } from '../../mock-discord/src/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as MockDiscordOptions;
const statuses: Record<string, number> = {};
const mock = await createMockDiscord({
	...options,
	port: 0,
	log: (line) => {
		// `METHOD /path STATUS 3ms`
		const match = / (\d{3}) \d+ms$/.exec(line);
		if (match?.[1] !== undefined) statuses[match[1]] = (statuses[match[1]] ?? 0) + 1;
	},
});

process.on('message', (message) => {
	if (message === 'stats') {
		const cpu = process.cpuUsage();
		process.send?.({ stats: { statuses: { ...statuses }, cpuMicros: cpu.user + cpu.system } });
	} else if (message === 'close') {
		void mock.close().then(() => process.exit(0));
	}
});
process.send?.({ ready: { api: mock.api, token: mock.token } });
