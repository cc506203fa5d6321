import { describe, expect, it } from 'vitest';
import { unsupportedApis } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe("unsupported-apis (classes with no OvenJS counterpart, with the equivalents table's note)", () => {
	it('marks discord.js-only classes, through a namespace too', () => {
		const { todos } = run(
			unsupportedApis,
			"import { WebhookClient } from 'discord.js';\nimport * as D from 'discord.js';\nconst hook = new WebhookClient({ url });\nconst c = new D.MessageCollector(channel);\n",
		);
		expect(todos).toEqual([
			'new WebhookClient(…): OvenJS has no WebhookClient; client.api.webhooks.execute(webhookId, webhookToken, body) from ovenjs (an API over a REST with no token works too).',
			'new MessageCollector(…): OvenJS has no MessageCollector; OvenJS has no message collectors; listen to messageCreate with a filter and a timer.',
		]);
	});

	it('leaves classes of the same name from elsewhere alone', () => {
		expect(run(unsupportedApis, "import { WebhookClient } from './hooks';\nconst r = new WebhookClient();\n").todos).toEqual([]);
	});
});
