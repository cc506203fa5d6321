import type { Json } from './GuildState.js';

/** A vote tally: answer id → user ids, per poll message id. */
export type PollVotes = Map<number, Set<string>>;

/** An OAuth2 access token the control API issued for a user. */
export interface OAuthGrant {
	readonly userId: string;
	readonly scopes: readonly string[];
}

/**
 * Resources that are not owned by one guild map entry: webhooks (found by id alone),
 * invites and templates (found by code), stage instances (by channel), the application's
 * emojis, SKUs, entitlements and subscriptions, poll votes and OAuth2 grants.
 */
export class WorldResources {
	public readonly webhooks = new Map<string, Json & { token?: string }>();
	public readonly invites = new Map<string, Json>();
	public readonly templates = new Map<string, Json>();
	public readonly stageInstances = new Map<string, Json>();
	public readonly applicationEmojis = new Map<string, Json>();
	public readonly skus = new Map<string, Json>();
	public readonly entitlements = new Map<string, Json>();
	public readonly subscriptions = new Map<string, Json>();
	public readonly pollVotes = new Map<string, PollVotes>();
	/** Poll message id → its end timer. */
	public readonly pollTimers = new Map<string, NodeJS.Timeout>();
	public readonly oauthTokens = new Map<string, OAuthGrant>();
	/** The application's role connection metadata records. */
	public roleConnectionMetadata: Json[] = [];
	/** User id → that user's role connection for the application. */
	public readonly roleConnections = new Map<string, Json>();
	/** Fields of the application the bot changed with `PATCH /applications/@me`. */
	public readonly applicationEdits: Json = {};
	/** Command id → its permission overwrites in a guild, keyed `guild_id/command_id`. */
	public readonly commandPermissions = new Map<string, Json>();
	/** Invite code → user ids an invite is restricted to (target users). */
	public readonly inviteTargetUsers = new Map<string, string[]>();

	/** Stops every pending timer (polls ending), so a closed mock holds nothing open. */
	public stopTimers(): void {
		for (const timer of this.pollTimers.values()) clearTimeout(timer);
		this.pollTimers.clear();
	}
}
