import type {
	APIAutoModerationRule,
	APIEmoji,
	APIMessage,
	APISticker,
	APIWebhook,
	RESTGetAPIAuditLogResult,
	RESTGetAPIGuildScheduledEventsResult,
	RESTPostAPIGuildBulkBanResult,
} from 'discord-api-types/v10';
import { describe, expectTypeOf, it } from 'vitest';
import type { API, IdOf, Snowflake, WithFileFields } from 'ovenjs';

declare const api: API;
declare const guildId: Snowflake<'Guild'>;
declare const channelId: Snowflake<'Channel'>;
declare const userId: Snowflake<'User'>;

describe('ids', () => {
	it('take plain strings and branded snowflakes of their kind, and refuse another kind', () => {
		void api.channels.get('1100000000000000011');
		void api.channels.get(channelId);
		// @ts-expect-error a guild id where a channel id belongs
		void api.channels.get(guildId);
		void api.guilds.banMember(guildId, userId);
		// @ts-expect-error arguments swapped
		void api.guilds.banMember(userId, guildId);
		// an overwrite is a role's or a member's
		void api.channels.deletePermissionOverwrite(channelId, userId);
		void api.channels.deletePermissionOverwrite(channelId, '1' as Snowflake<'Role'>);
		expectTypeOf<string>().toExtend<IdOf<'Guild'>>();
		expectTypeOf<Snowflake<'Guild'>>().not.toExtend<IdOf<'Channel'>>();
	});
});

describe('new groups', () => {
	it('results are discord-api-types results', () => {
		expectTypeOf(api.auditLogs.get(guildId)).resolves.toEqualTypeOf<RESTGetAPIAuditLogResult>();
		expectTypeOf(api.autoModeration.list(guildId)).resolves.toEqualTypeOf<APIAutoModerationRule[]>();
		expectTypeOf(api.emojis.getGuildEmoji(guildId, '1')).resolves.toEqualTypeOf<APIEmoji>();
		expectTypeOf(api.stickers.getGuildStickers(guildId)).resolves.toEqualTypeOf<APISticker[]>();
		expectTypeOf(api.scheduledEvents.list(guildId)).resolves.toEqualTypeOf<RESTGetAPIGuildScheduledEventsResult>();
		expectTypeOf(api.webhooks.getChannelWebhooks(channelId)).resolves.toEqualTypeOf<APIWebhook[]>();
		expectTypeOf(api.webhooks.getMessage('1', 't', '@original')).resolves.toEqualTypeOf<APIMessage>();
		expectTypeOf(api.guilds.bulkBan(guildId, { user_ids: [userId] })).resolves.toEqualTypeOf<RESTPostAPIGuildBulkBanResult>();
		expectTypeOf(api.guilds.getWidgetImage(guildId)).resolves.toEqualTypeOf<Buffer>();
		expectTypeOf(api.guilds.kickMember(guildId, userId)).resolves.toEqualTypeOf<void>();
	});

	it('uploads: data-URI fields take a file, a sticker needs one', () => {
		void api.emojis.createGuildEmoji(guildId, { name: 'bread', image: { name: 'bread.png', path: './bread.png' } });
		void api.emojis.createGuildEmoji(guildId, { name: 'bread', image: 'data:image/png;base64,AA==' });
		// @ts-expect-error an image is a data URI or a file
		void api.emojis.createGuildEmoji(guildId, { name: 'bread', image: 1 });
		void api.guilds.edit(guildId, { icon: null });
		expectTypeOf<WithFileFields<{ image: string; name: string }, 'image'>['name']>().toEqualTypeOf<string>();
		// @ts-expect-error the sticker file is required
		void api.stickers.createGuildSticker(guildId, { name: 'loaf', description: '', tags: 'bread' });
		// @ts-expect-error reading a guild takes no files
		void api.guilds.get(guildId, {}, { files: [] });
	});
});
