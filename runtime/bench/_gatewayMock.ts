/**
 * The mock Discord of the gateway benchmark, in its own process. argv[2] is a JSON
 * {@link WorldSize}. The mock serves the world; clients reach it through a
 * {@link GatewayFeed} front so the flood is not limited by the mock's per-event send path.
 * Sends `{ ready: { api, token } }` (the front's REST base); on `{ prepare: count }`
 * serialises (and compresses) `count` MESSAGE_CREATEs for each connection and answers
 * `{ prepared: wireBytes }` (their WebSocket frames' bytes); on `{ flood: count }` writes them and answers `{ flooded: count }`
 * once the client's socket has accepted every frame.
 */
import { createMockDiscord } from '../../mock-discord/src/index.js';
import { GatewayFeed } from './_gatewayFeed.js';
import { floodMessage, gatewayScenario, type WorldSize } from './_gatewayWorld.js';

const size = JSON.parse(process.argv[2] ?? '{}') as WorldSize;
const mock = await createMockDiscord({ port: 0, scenario: gatewayScenario(size), rateLimits: { enabled: false } });
const feed = new GatewayFeed(mock.api, mock.gateway);
const api = await feed.listen();
let prepared = 0;

process.on('message', (message: { prepare?: number; flood?: number } | 'close') => {
	if (message === 'close') {
		void feed
			.close()
			.then(() => mock.close())
			.then(() => process.exit(0));
		return;
	}
	if (message.prepare !== undefined) {
		const count = message.prepare;
		// Each flood has new messages (ids), spread over every guild like the first.
		const offset = prepared;
		prepared += count;
		void feed.prepare(count, (n) => floodMessage(offset + n, size).data).then((bytes) => process.send?.({ prepared: bytes }));
	} else if (message.flood !== undefined) {
		const count = message.flood;
		void feed.flood().then(() => process.send?.({ flooded: count }));
	}
});
process.send?.({ ready: { api, token: mock.token } });
