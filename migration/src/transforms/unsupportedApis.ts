import { Node, SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsBindings, discordJsPath } from './_discordJs.js';

/** discord.js methods with no rewrite yet, by name (distinctive enough to match on any receiver), and what to use in OvenJS. */
export const UNSUPPORTED_METHODS: Readonly<Record<string, string>> = {
	createMessageComponentCollector: "use createInteractionHandler's collectComponents({ messageId, timeoutMs, max, onCollect }).",
	awaitMessageComponent: "use createInteractionHandler's awaitComponent({ customId, userId, timeoutMs }).",
	createMessageCollector: 'OvenJS has no message collectors; listen to messageCreate with a filter and a timer.',
	awaitMessages: 'OvenJS has no message collectors; listen to messageCreate with a filter and a timer.',
	createReactionCollector: 'OvenJS has no reaction collectors; listen to messageReactionAdd with a filter and a timer.',
	awaitReactions: 'OvenJS has no reaction collectors; listen to messageReactionAdd with a filter and a timer.',
};

/** discord.js classes with no rewrite yet, and what to use in OvenJS. */
export const UNSUPPORTED_CLASSES: Readonly<Record<string, string>> = {
	ShardingManager: "use createClient's shards and strategy (WorkerShardingStrategy), or the cluster module (joinCluster).",
	SlashCommandBuilder: 'use defineCommand({ name, description, options: { …: option.string(…) }, run }) from ovenjs.',
	ContextMenuCommandBuilder: 'use defineUserCommand/defineMessageCommand from ovenjs.',
	REST: "register commands with syncCommands(client's api, applicationId, commands) from ovenjs.",
	Collection: 'a Map works for get/set/has/delete; replace Collection-only methods (filter, find, first, …) by hand.',
};

/**
 * Marks discord.js APIs this tool does not rewrite (collectors, ShardingManager, command
 * builders, REST deploys, Collection) with what to use in OvenJS instead.
 */
export const unsupportedApis: Transform = {
	name: 'unsupported-apis',
	description: 'Marks discord.js APIs with no automatic rewrite (collectors, ShardingManager, command builders, REST, Collection) and names the OvenJS replacement.',
	apply(file, context) {
		const bindings = discordJsBindings(file);
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee)) continue;
			const advice = UNSUPPORTED_METHODS[callee.getName()];
			if (advice !== undefined) context.todo(call, `${callee.getName()}(): ${advice}`);
		}
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			const path = discordJsPath(expression.getExpression(), bindings)?.join('.');
			const advice = path === undefined ? undefined : UNSUPPORTED_CLASSES[path];
			if (path !== undefined && advice !== undefined) context.todo(expression, `new ${path}(…): ${advice}`);
		}
	},
};
