import { BULK_DELETE_MAX_AGE_MS, decodeSnowflake } from '../knowledge/index.js';

/** What the client derives from a request path, once, before queueing it. */
export interface RouteInfo {
	/**
	 * The route template: snowflakes become `{channel_id}`-style names and tokens become
	 * `{webhook_token}`/`{interaction_token}`. Safe to log; used in errors and events.
	 */
	readonly template: string;
	/**
	 * The method + route key that a bucket hash is learned for. Ids other than the major
	 * parameter are folded, so `/channels/1/messages/2` and `/channels/1/messages/3` share one.
	 */
	readonly bucketRoute: string;
	/** The major parameter: channel id, guild id, or webhook id + token; `global` when none. */
	readonly majorParameter: string;
	/** The major parameter without any token, for events and errors. */
	readonly majorId: string;
	/** Interaction callbacks and webhook-with-token calls are not bound by the global limit. */
	readonly globalExempt: boolean;
	/** An interaction callback: the 3-second deadline makes it high priority. */
	readonly interactionCallback: boolean;
}

const SNOWFLAKE = /^\d{15,21}$/;
const ID = /^\d+$/;

/** `channels` → `channel`, `guilds` → `guild`, `emojis` → `emoji`, … for template names. */
function singular(segment: string): string {
	if (segment === 'reactions') return 'emoji';
	if (segment.endsWith('ies')) return `${segment.slice(0, -3)}y`;
	return segment.endsWith('s') ? segment.slice(0, -1) : segment;
}

/**
 * Derives the template, bucket key and major parameter of `method path`. Query strings are
 * ignored. The 14-day special case: deleting a message older than two weeks has its own
 * (stricter) limit, so it gets its own bucket key.
 * @see https://discord.com/developers/docs/topics/rate-limits#rate-limits
 */
export function routeInfo(method: string, path: string, now: number = Date.now()): RouteInfo {
	const query = path.indexOf('?');
	const segments = (query === -1 ? path : path.slice(0, query)).split('/').filter((s) => s !== '');
	const template: string[] = [];
	const bucket: string[] = [];
	let major = 'global';
	let majorId = 'global';
	let globalExempt = false;
	let interactionCallback = false;

	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i] ?? '';
		const previous = segments[i - 1];
		const isFirstId = i === 1;
		if (previous === 'reactions') {
			// The emoji, and whatever follows it, never starts a new bucket.
			template.push('{emoji}');
			bucket.push(':reaction');
			continue;
		}
		if (i === 2 && (segments[0] === 'webhooks' || segments[0] === 'interactions')) {
			const name = segments[0] === 'webhooks' ? '{webhook_token}' : '{interaction_token}';
			template.push(name);
			bucket.push(segment === '' ? '' : ':token');
			major = `${segments[1] ?? ''}/${segment}`;
			globalExempt = true;
			continue;
		}
		if (ID.test(segment)) {
			template.push(`{${previous === undefined ? 'id' : singular(previous)}_id}`);
			if (
				isFirstId &&
				(segments[0] === 'channels' || segments[0] === 'guilds' || segments[0] === 'webhooks' || segments[0] === 'interactions')
			) {
				major = segment;
				majorId = segment;
				bucket.push(segment);
			} else {
				bucket.push(':id');
			}
			continue;
		}
		template.push(segment);
		bucket.push(segment);
	}

	if (segments[0] === 'interactions' && segments[3] === 'callback') interactionCallback = true;
	if (segments[0] === 'webhooks' && segments[1] !== undefined) majorId = segments[1];

	// Deleting a message older than 14 days has its own, slower bucket.
	if (method === 'DELETE' && segments.length === 4 && segments[0] === 'channels' && segments[2] === 'messages') {
		const id = segments[3] ?? '';
		if (SNOWFLAKE.test(id) && now - (decodeSnowflake(id)?.timestamp ?? now) > BULK_DELETE_MAX_AGE_MS) bucket.push('old');
	}

	return {
		template: `/${template.join('/')}`,
		bucketRoute: `${method} /${bucket.join('/')}`,
		majorParameter: major,
		majorId,
		globalExempt,
		interactionCallback,
	};
}
