import { Node, SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsPath } from './_discordJs.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';

/** The `totalShards` and `shardList` a ShardingManager was given, for the advice. */
function shardsOf(options: Node | undefined): string {
	if (!Node.isObjectLiteralExpression(options)) return 'auto';
	const total = options.getProperty('totalShards');
	return Node.isPropertyAssignment(total)
		? total
				.getInitializerOrThrow()
				.getText()
				.replace(/^['"]|['"]$/g, '')
		: 'auto';
}

/**
 * `new ShardingManager(file, options)` is marked with the OvenJS way to run shards in several
 * processes: `oven cluster <file>` or `new Cluster({ script, processes, shardCount })`, whose
 * processes run the bot unchanged (a `createClient` bot takes its shards from the cluster).
 * (`client.shard` is marked from the equivalents table.)
 */
export const shardingManager: Transform = {
	name: 'sharding-manager',
	description: 'Marks ShardingManager with the OvenJS replacement (oven cluster / Cluster).',
	apply(file, context) {
		if (!mentionsAny(file, ['ShardingManager'])) return;
		const bindings = discordModuleBindings(file);
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (discordJsPath(expression.getExpression(), bindings)?.join('.') !== 'ShardingManager') continue;
			const [script, options] = expression.getArguments();
			const shards = shardsOf(options);
			context.todo(
				expression,
				`new ShardingManager(…): run the bot with \`npx -p ovenjs oven cluster ${script?.getText().replace(/^['"`]|['"`]$/g, '') ?? './bot.js'} --processes <n> --shards ${shards}\`, or in code new Cluster({ script: ${script?.getText() ?? "'./bot.js'"}, processes: <n>, shardCount: ${shards === 'auto' ? "'auto'" : shards}, token }) and await cluster.start() (from ovenjs); a createClient bot needs no change to run in it. Then delete this manager and its 'shardCreate' listeners.`,
			);
		}
	},
};
