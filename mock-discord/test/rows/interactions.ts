import { DefaultIds as D } from '../../src/index.js';
import { type Row, live, row, s } from './_row.js';

const app = D.application;

/** The interaction callback and its `@original` message, through an interaction token. */
export const interactionRows: Row[] = [
	row(
		'POST',
		'/interactions/{interaction_id}/{interaction_token}/callback',
		() => `/interactions/${s['interaction']}/${s['interactionToken']}/callback?with_response=true`,
		200,
		{
			auth: null,
			before: async () => {
				live.mock!.world.commands.clear();
				const made = await fetch(`${live.mock!.api}/v10/applications/${app}/commands`, {
					method: 'POST',
					headers: { authorization: `Bot ${live.mock!.token}`, 'content-type': 'application/json' },
					body: JSON.stringify({ name: 'rows', description: 'A command for the rows' }),
				});
				if (!made.ok) throw new Error(`command: ${made.status}`);
				const started = await live.mock!.interact({
					type: 'application_command',
					user_id: D.alice,
					channel_id: D.general,
					guild_id: D.guild,
					name: 'rows',
				});
				s['interaction'] = started.id;
				s['interactionToken'] = started.token;
			},
			body: () => ({ type: 4, data: { content: 'answered' } }),
		},
	),
	row(
		'GET',
		'/webhooks/{webhook_id}/{webhook_token}/messages/@original',
		() => `/webhooks/${app}/${s['interactionToken']}/messages/@original`,
		200,
		{ auth: null },
	),
	row(
		'PATCH',
		'/webhooks/{webhook_id}/{webhook_token}/messages/@original',
		() => `/webhooks/${app}/${s['interactionToken']}/messages/@original`,
		200,
		{
			auth: null,
			body: () => ({ content: 'answered, edited' }),
		},
	),
	row(
		'DELETE',
		'/webhooks/{webhook_id}/{webhook_token}/messages/@original',
		() => `/webhooks/${app}/${s['interactionToken']}/messages/@original`,
		204,
		{ auth: null },
	),
];
