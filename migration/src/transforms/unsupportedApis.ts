import { Node, SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsPath } from './_discordJs.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';

/** discord.js `Client` methods OvenJS's client does not have (matched on a receiver named like `client`), and what to do. */
export const UNSUPPORTED_METHODS: Readonly<Record<string, string>> = {
	generateInvite:
		'OvenJS has no invite generator; build https://discord.com/oauth2/authorize?client_id=<id>&scope=bot%20applications.commands&permissions=<bits> (Permissions.from([...]).bits).',
	fetchInvite: 'OvenJS has no invite method; GET /invites/{code} with client.rest.get.',
	fetchWebhook: 'use client.rest.get(`/webhooks/${id}`) (OvenJS has no webhook view).',
	fetchGuildPreview: 'use client.rest.get(`/guilds/${id}/preview`).',
	fetchGuildWidget: 'use client.rest.get(`/guilds/${id}/widget.json`).',
	fetchVoiceRegions: "use client.rest.get('/voice/regions').",
};

/** discord.js classes with no OvenJS counterpart, and what to use instead. */
export const UNSUPPORTED_CLASSES: Readonly<Record<string, string>> = {
	WebhookClient: 'use client.api.webhooks.execute(webhookId, webhookToken, body) from ovenjs (an API over a REST with no token works too).',
	MessageCollector: 'OvenJS has no message collectors; listen to messageCreate with a filter and a timer.',
	ReactionCollector: 'OvenJS has no reaction collectors; listen to messageReactionAdd with a filter and a timer.',
	InteractionCollector: "use createInteractionHandler's collectComponents({ messageId, timeoutMs, max, onCollect }).",
	ShardClientUtil: 'OvenJS has no ShardClientUtil; in a cluster, clusterAssignment() gives the shard ids and count.',
	Sweepers: 'OvenJS caches with limits instead of sweepers: createClient({ cache: { … } }).',
};

/**
 * Marks what is discord.js-only and has no rewrite: classes (`WebhookClient`, the collector
 * classes, `ShardClientUtil`, `Sweepers`) and client methods (`generateInvite`, `fetchInvite`, …),
 * each with the OvenJS replacement. Builders, commands, deploys, collectors, Collection and
 * ShardingManager have transforms of their own.
 */
export const unsupportedApis: Transform = {
	name: 'unsupported-apis',
	description:
		'Marks discord.js-only APIs with no automatic rewrite (WebhookClient, collector classes, client.generateInvite, …) and names the OvenJS replacement.',
	apply(file, context) {
		if (!mentionsAny(file, [...Object.keys(UNSUPPORTED_METHODS), ...Object.keys(UNSUPPORTED_CLASSES)])) return;
		const bindings = discordModuleBindings(file);
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee) || !/client$/i.test(callee.getExpression().getText())) continue;
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
