/**
 * A REST proxy in its own process, so that its CPU is measured apart from the client's and the
 * mock's. Started with `fork(…, { execArgv: ['--import', 'tsx'] })`; argv[2] is the upstream API
 * base. It sends `{ ready: { api } }` over IPC, answers `'stats'` with `{ stats: { cpuMicros } }`
 * and exits on `'close'`.
 */
import { createRestProxy } from '../src/index.js';

const proxy = await createRestProxy({ api: process.argv[2] ?? '', rest: { globalRequestsPerSecond: 100_000 } });
process.on('message', (message) => {
	if (message === 'stats') {
		const cpu = process.cpuUsage();
		process.send?.({ stats: { cpuMicros: cpu.user + cpu.system } });
	} else if (message === 'close') {
		void proxy.close().then(() => process.exit(0));
	}
});
process.send?.({ ready: { api: proxy.api } });
