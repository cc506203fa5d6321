/**
 * The mock Discord of the gateway benchmark, in its own process. argv[2] is a JSON
 * {@link WorldSize}. Sends `{ ready: { api, token } }`; on `{ flood: count }` dispatches
 * `count` MESSAGE_CREATEs (the same ones for every library) and answers `{ flooded: count }`.
 */
import { createMockDiscord } from '../../mock-discord/src/index.js';
import { floodMessage, gatewayScenario, type WorldSize } from './_gatewayWorld.js';

const size = JSON.parse(process.argv[2] ?? '{}') as WorldSize;
const mock = await createMockDiscord({ port: 0, scenario: gatewayScenario(size), rateLimits: { enabled: false } });
let sent = 0;

process.on('message', (message: { flood?: number } | 'close') => {
	if (message === 'close') {
		void mock.close().then(() => process.exit(0));
		return;
	}
	if (message.flood === undefined) return;
	const until = sent + message.flood;
	// In slices, so the mock's sockets drain as it goes instead of buffering the whole flood.
	const slice = (): void => {
		const end = Math.min(until, sent + 500);
		for (; sent < end; sent += 1) {
			const { data, guildId } = floodMessage(sent, size);
			mock.dispatch('MESSAGE_CREATE', data, guildId);
		}
		if (sent < until) setImmediate(slice);
		else process.send?.({ flooded: message.flood });
	};
	slice();
});
process.send?.({ ready: { api: mock.api, token: mock.token } });
