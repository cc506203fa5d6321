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
 * `client.shard` (ShardClientUtil) uses are marked too.
 */
export const shardingManager: Transform = {
	name: 'sharding-manager',
	description: 'Marks ShardingManager and client.shard with the OvenJS replacement (oven cluster / Cluster).',
	apply(file, context) {
		if (!mentionsAny(file, ['ShardingManager', '.shard.', 'ShardClientUtil'])) return;
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
		for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
			const target = access.getExpression();
			if (access.getName() !== 'shard' || !/client$/i.test(target.getText())) continue;
			const parent = access.getParent();
			if (!Node.isPropertyAccessExpression(parent)) continue;
			context.todo(
				access,
				`client.shard.${parent.getName()}: OvenJS has no ShardClientUtil; in a cluster, clusterAssignment() gives this process's shard ids and count, and Cluster's 'message' event and send() carry messages between processes.`,
			);
		}
	},
};
