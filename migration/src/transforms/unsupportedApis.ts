import { SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsPath } from './_discordJs.js';
import { discordModuleBindings } from './_discordModules.js';

/**
 * Marks `new X(…)` of discord.js classes the equivalents table has no OvenJS counterpart for
 * (`WebhookClient`, the collector classes, `ShardClientUtil`, `Sweepers`), with the table's note
 * on what to use instead. Builders, commands, deploys, embeds, components and ShardingManager
 * have transforms of their own; members of discord.js values are the `discord-members` transform's.
 */
export const unsupportedApis: Transform = {
	name: 'unsupported-apis',
	description: 'Marks discord.js classes with no OvenJS counterpart (WebhookClient, collector classes, …) with what to use instead.',
	apply(file, context) {
		const bindings = discordModuleBindings(file);
		if (bindings.size === 0) return;
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			const path = discordJsPath(expression.getExpression(), bindings)?.join('.');
			// ShardingManager has a transform of its own, with the command line to run instead.
			if (path === undefined || path.includes('.') || path === 'ShardingManager') continue;
			const entry = context.equivalents.lookup([path], []);
			if (entry !== undefined && entry.oven === undefined && entry.note !== undefined)
				context.todo(expression, `new ${path}(…): OvenJS has no ${path}; ${entry.note}`);
		}
	},
};
