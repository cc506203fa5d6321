/**
 * The e2e's bot: a real OvenJS client against the mock Discord, streaming to an inspector
 * (discovery file in $OVEN_INSPECTOR_DIR). It logs in only once an editor has connected, so
 * the editor sees READY arrive live.
 */
import { createMockDiscord } from '@ovenjs/mock-discord';
import { createClient, Inspector } from 'ovenjs';

const mock = await createMockDiscord({ gateway: { heartbeatInterval: 1000, identifyWindow: 0 } });
const client = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api });
const inspector = new Inspector({ name: 'e2e bot', secrets: [mock.token] });
await inspector.start();
inspector.attachREST(client.rest);
process.stdout.write('inspector started; waiting for an editor\n');
while (inspector.connections === 0) await new Promise((resolve) => setTimeout(resolve, 100));
const login = client.login();
while (client.strategy === undefined) await new Promise((resolve) => setImmediate(resolve));
inspector.attachGateway(client.strategy);
await login;
process.stdout.write('bot logged in\n');
const stop = async (): Promise<void> => {
	await client.destroy();
	await inspector.close();
	await mock.close();
	process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
