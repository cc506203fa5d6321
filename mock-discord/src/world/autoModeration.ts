import type { IncomingHttpHeaders } from 'node:http';
import { type APIMessage, AuditLogEvent, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { recordAudit } from './auditLog.js';
import { buildMessage, messageCreatePayload } from './buildMessage.js';
import type { Json } from './GuildState.js';
import type { World } from './World.js';

/** Trigger types. @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-trigger-types */
export const AutoModTrigger = { keyword: 1, spam: 3, keywordPreset: 4, mentionSpam: 5, memberProfile: 6 } as const;

/** Rules allowed per trigger type in one guild. */
export const AUTOMOD_RULES_PER_TRIGGER: Readonly<Record<number, number>> = { 1: 6, 3: 1, 4: 1, 5: 1, 6: 1 };

/**
 * The mock's stand-ins for Discord's preset word lists (1 profanity, 2 sexual content,
 * 3 slurs): a few words each, enough to test that a preset rule fires.
 */
export const PRESET_WORDS: Readonly<Record<number, readonly string[]>> = {
	1: ['damn', 'crap', 'heck'],
	2: ['nsfwword'],
	3: ['slurword'],
};

/** A message as AutoMod sees it before it is stored. */
export interface AutoModInput {
	readonly guildId: string;
	readonly channelId: string;
	readonly authorId: string;
	readonly content: string;
	/** Unique user and role mentions. */
	readonly mentionCount: number;
	/** Marks the message as spam for SPAM rules (Discord's classifier, which the mock cannot run). */
	readonly spam: boolean;
}

/** What AutoMod decided. */
export interface AutoModVerdict {
	readonly blocked: boolean;
	/** The rule's custom block message, if the blocking rule had one. */
	readonly blockMessage?: string;
	/** Actions to run once the message exists (alerts, timeouts); the message id is filled in then. */
	readonly after: (message: APIMessage | undefined) => void;
}

/** Discord's keyword wildcards: `*cat*` anywhere, `cat*` at a word start, `*cat` at a word end, `cat` a whole word. */
function keywordRegex(keyword: string): RegExp {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const core = escape(keyword.replace(/^\*|\*$/g, ''));
	// A wildcard side takes the rest of the word, so the matched content is the whole word.
	const start = keyword.startsWith('*') ? '[\\p{L}\\p{N}_]*' : '(?<![\\p{L}\\p{N}_])';
	const end = keyword.endsWith('*') ? '[\\p{L}\\p{N}_]*' : '(?![\\p{L}\\p{N}_])';
	return new RegExp(`${start}${core}${end}`, 'iu');
}

/** Spans of `content` that an allow list covers; a match inside one does not count. */
function allowedSpans(content: string, allowList: readonly string[]): [number, number][] {
	const spans: [number, number][] = [];
	for (const phrase of allowList) {
		for (const found of content.matchAll(new RegExp(keywordRegex(phrase).source, 'giu')))
			spans.push([found.index, found.index + found[0].length]);
	}
	return spans;
}

/** The first match of `pattern` in `content` outside the allowed spans. */
function matchOutside(content: string, pattern: RegExp, spans: readonly [number, number][]): string | undefined {
	for (const found of content.matchAll(new RegExp(pattern.source, 'giu'))) {
		const from = found.index;
		const to = from + found[0].length;
		if (!spans.some(([a, b]) => from >= a && to <= b)) return found[0];
	}
	return undefined;
}

function firstMatch(rule: Json, input: AutoModInput): { keyword: string | null; content: string } | undefined {
	const metadata = (rule['trigger_metadata'] as Json | undefined) ?? {};
	const spans = allowedSpans(input.content, (metadata['allow_list'] as string[] | undefined) ?? []);
	const trigger = rule['trigger_type'] as number;
	if (trigger === AutoModTrigger.keyword || trigger === AutoModTrigger.keywordPreset) {
		const keywords =
			trigger === AutoModTrigger.keyword
				? ((metadata['keyword_filter'] as string[] | undefined) ?? [])
				: ((metadata['presets'] as number[] | undefined) ?? []).flatMap((p) => PRESET_WORDS[p] ?? []);
		for (const keyword of keywords) {
			const found = matchOutside(input.content, keywordRegex(keyword), spans);
			if (found !== undefined) return { keyword, content: found };
		}
		for (const pattern of (metadata['regex_patterns'] as string[] | undefined) ?? []) {
			let regex: RegExp;
			try {
				regex = new RegExp(pattern, 'iu');
			} catch {
				continue;
			}
			const found = matchOutside(input.content, regex, spans);
			if (found !== undefined) return { keyword: pattern, content: found };
		}
		return undefined;
	}
	if (trigger === AutoModTrigger.mentionSpam) {
		const limit = Number(metadata['mention_total_limit'] ?? 0);
		return limit > 0 && input.mentionCount > limit ? { keyword: null, content: '' } : undefined;
	}
	if (trigger === AutoModTrigger.spam) return input.spam ? { keyword: null, content: '' } : undefined;
	return undefined;
}

function exempt(world: World, rule: Json, input: AutoModInput): boolean {
	const state = world.guild(input.guildId);
	if (input.authorId === state.guild.owner_id) return true;
	// Members who may manage the server (or administrators) are never filtered.
	if ((world.guildPermissions(input.guildId, input.authorId) & (P.ManageGuild | P.Administrator)) !== 0n) return true;
	const member = state.members.get(input.authorId);
	const roles = (rule['exempt_roles'] as string[] | undefined) ?? [];
	if (member !== undefined && member.roles.some((r) => roles.includes(r))) return true;
	const channels = (rule['exempt_channels'] as string[] | undefined) ?? [];
	const channel = world.channels.get(input.channelId);
	return (
		channels.includes(input.channelId) ||
		(channel?.parent_id !== undefined && channel.parent_id !== null && channels.includes(channel.parent_id))
	);
}

/**
 * Runs the guild's enabled MESSAGE_SEND rules over a message a member sends (through the
 * control API): a BLOCK_MESSAGE action stops it; alerts post an AUTO_MODERATION_ACTION system
 * message in their channel; timeouts set `communication_disabled_until`. Every action taken
 * is dispatched as AUTO_MODERATION_ACTION_EXECUTION and recorded in the audit log.
 * @see https://discord.com/developers/docs/resources/auto-moderation
 */
export function applyAutoModeration(
	ctx: { readonly world: World; readonly headers: IncomingHttpHeaders },
	input: AutoModInput,
): AutoModVerdict {
	const { world } = ctx;
	const state = world.guild(input.guildId);
	const hits: { rule: Json; match: { keyword: string | null; content: string } }[] = [];
	for (const rule of state.autoModRules.values()) {
		if (rule['enabled'] !== true || rule['event_type'] !== 1 || exempt(world, rule, input)) continue;
		const match = firstMatch(rule, input);
		if (match !== undefined) hits.push({ rule, match });
	}
	const blocking = hits.find((h) => (h.rule['actions'] as Json[]).some((a) => a['type'] === 1));
	const execution = (rule: Json, action: Json, match: { keyword: string | null; content: string }, extra: Json): void => {
		world.dispatch(
			'AUTO_MODERATION_ACTION_EXECUTION',
			{
				guild_id: input.guildId,
				action,
				rule_id: rule['id'],
				rule_trigger_type: rule['trigger_type'],
				user_id: input.authorId,
				channel_id: input.channelId,
				content: input.content,
				matched_keyword: match.keyword,
				matched_content: match.content,
				...extra,
			},
			input.guildId,
		);
	};
	const auditOptions = (rule: Json): Record<string, string> => ({
		channel_id: input.channelId,
		auto_moderation_rule_name: String(rule['name']),
		auto_moderation_rule_trigger_type: String(rule['trigger_type']),
	});
	for (const { rule, match } of hits) {
		for (const action of rule['actions'] as Json[]) {
			if (action['type'] !== 1) continue;
			execution(rule, action, match, {});
			recordAudit(ctx, input.guildId, {
				action: AuditLogEvent.AutoModerationBlockMessage,
				targetId: input.authorId,
				userId: input.authorId,
				options: auditOptions(rule),
			});
		}
	}
	const blockMessage = (blocking?.rule['actions'] as Json[] | undefined)?.find((a) => a['type'] === 1)?.['metadata'] as Json | undefined;
	return {
		blocked: blocking !== undefined,
		...(typeof blockMessage?.['custom_message'] === 'string' ? { blockMessage: blockMessage['custom_message'] } : {}),
		after: (message) => {
			for (const { rule, match } of hits) {
				for (const action of rule['actions'] as Json[]) {
					const metadata = (action['metadata'] as Json | undefined) ?? {};
					const messageId = message === undefined ? {} : { message_id: message.id };
					if (action['type'] === 2 && typeof metadata['channel_id'] === 'string' && world.channels.has(metadata['channel_id'])) {
						const alert = alertMessage(world, metadata['channel_id'], input, rule, match);
						execution(rule, action, match, { ...messageId, alert_system_message_id: alert.id });
						recordAudit(ctx, input.guildId, {
							action: AuditLogEvent.AutoModerationFlagToChannel,
							targetId: input.authorId,
							userId: input.authorId,
							options: auditOptions(rule),
						});
					} else if (action['type'] === 3) {
						const member = state.members.get(input.authorId);
						if (member === undefined) continue;
						member.communication_disabled_until = new Date(Date.now() + Number(metadata['duration_seconds'] ?? 60) * 1000).toISOString();
						world.dispatch('GUILD_MEMBER_UPDATE', { guild_id: input.guildId, ...member }, input.guildId);
						execution(rule, action, match, messageId);
						recordAudit(ctx, input.guildId, {
							action: AuditLogEvent.AutoModerationUserCommunicationDisabled,
							targetId: input.authorId,
							userId: input.authorId,
							options: auditOptions(rule),
						});
					} else if (action['type'] === 4) {
						execution(rule, action, match, messageId);
					}
				}
			}
		},
	};
}

/** The AUTO_MODERATION_ACTION (type 24) system message posted in a rule's alert channel. */
function alertMessage(
	world: World,
	channelId: string,
	input: AutoModInput,
	rule: Json,
	match: { keyword: string | null; content: string },
): APIMessage {
	const author = world.user(input.authorId);
	const message = buildMessage(world, {
		channelId,
		author,
		body: {
			content: input.content,
			embeds: [
				{
					type: 'auto_moderation_message',
					description: input.content,
					fields: [
						{ name: 'rule_name', value: String(rule['name']), inline: false },
						{ name: 'channel_id', value: input.channelId, inline: false },
						...(match.keyword === null ? [] : [{ name: 'keyword', value: match.keyword, inline: false }]),
					],
				},
			],
		},
		type: 24,
	});
	world.channelMessages(channelId).set(message.id, message);
	world.dispatch('MESSAGE_CREATE', messageCreatePayload(world, message), input.guildId);
	return message;
}
