import { describe, expect, it } from 'vitest';
import { unsupportedApis } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('unsupported-apis', () => {
	it('marks discord.js-only client methods with the OvenJS replacement and changes nothing', () => {
		const text =
			"const link = client.generateInvite({ scopes: ['bot'] });\nconst invite = await this.client.fetchInvite('abc');\nconst other = await api.fetchInvite('abc');\n";
		expect(run(unsupportedApis, text)).toEqual({
			text,
			todos: [
				expect.stringContaining('generateInvite(): OvenJS has no invite generator'),
				expect.stringContaining('fetchInvite(): OvenJS has no invite method'),
			],
		});
	});

	it('marks discord.js-only classes, through a namespace too', () => {
		const { todos } = run(
			unsupportedApis,
			"import { WebhookClient } from 'discord.js';\nimport * as D from 'discord.js';\nconst hook = new WebhookClient({ url });\nconst c = new D.MessageCollector(channel);\n",
		);
		expect(todos).toEqual([
			expect.stringContaining('new WebhookClient(…): use client.api.webhooks.execute'),
			expect.stringContaining('new MessageCollector(…): OvenJS has no message collectors'),
		]);
	});

	it('leaves classes of the same name from elsewhere alone', () => {
		expect(run(unsupportedApis, "import { WebhookClient } from './hooks';\nconst r = new WebhookClient();\n").todos).toEqual([]);
	});
});
