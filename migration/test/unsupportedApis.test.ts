import { describe, expect, it } from 'vitest';
import { unsupportedApis } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('unsupported-apis', () => {
	it('marks collectors with the OvenJS replacement and changes nothing', () => {
		const text = "const c = message.createMessageComponentCollector({ time: 15000 });\nconst m = await channel.awaitMessages({ max: 1 });\n";
		expect(run(unsupportedApis, text)).toEqual({
			text,
			todos: [expect.stringContaining("createMessageComponentCollector(): use createInteractionHandler's collectComponents"), expect.stringContaining('awaitMessages(): OvenJS has no message collectors')],
		});
	});

	it('marks discord.js classes it does not rewrite, through a namespace too', () => {
		const { todos } = run(unsupportedApis, "import { ShardingManager, SlashCommandBuilder } from 'discord.js';\nimport * as D from 'discord.js';\nnew ShardingManager('./bot.js');\nconst cmd = new SlashCommandBuilder().setName('x');\nconst c = new D.Collection();\n");
		expect(todos).toEqual([expect.stringContaining('new ShardingManager(…): use createClient'), expect.stringContaining('new SlashCommandBuilder(…): use defineCommand'), expect.stringContaining('new Collection(…): a Map works')]);
	});

	it('leaves classes of the same name from elsewhere alone', () => {
		expect(run(unsupportedApis, "import { REST } from './rest';\nconst r = new REST();\n").todos).toEqual([]);
	});
});
