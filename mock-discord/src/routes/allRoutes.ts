import type { Route } from '../http/Route.js';
import { banRoutes } from './bans.js';
import { channelRoutes } from './channels.js';
import { commandRoutes } from './commands.js';
import { dmRoutes } from './dms.js';
import { gatewayAndUserRoutes } from './gatewayAndUsers.js';
import { guildRoutes } from './guilds.js';
import { interactionCallbackRoutes } from './interactionCallbacks.js';
import { memberRoutes } from './members.js';
import { messageRoutes } from './messages.js';
import { pinAndTypingRoutes } from './pinsAndTyping.js';
import { reactionRoutes } from './reactions.js';
import { roleRoutes } from './roles.js';
import { threadMemberRoutes } from './threadMembers.js';
import { threadRoutes } from './threads.js';
import { webhookRoutes } from './webhooks.js';
import { auditLogRoutes } from './auditLog.js';
import { channelExtraRoutes } from './channelExtras.js';
import { applicationExtraRoutes } from './applicationExtras.js';
import { guildBulkRoutes } from './guildBulk.js';
import { guildSettingRoutes } from './guildSettings.js';
import { monetizationRoutes } from './monetization.js';
import { templateRoutes } from './templates.js';
import { pollRoutes } from './polls.js';
import { scheduledEventRoutes } from './scheduledEvents.js';
import { soundboardRoutes } from './soundboard.js';
import { voiceAndStageRoutes } from './voiceAndStage.js';
import { autoModerationRoutes } from './autoModeration.js';
import { emojiRoutes } from './emojis.js';
import { inviteRoutes } from './invites.js';
import { pruneRoutes } from './prune.js';
import { stickerRoutes } from './stickers.js';

/** Every REST route the mock serves. */
export const allRoutes: readonly Route[] = [
	...gatewayAndUserRoutes,
	...dmRoutes,
	...commandRoutes,
	...channelRoutes,
	...messageRoutes,
	...reactionRoutes,
	...pinAndTypingRoutes,
	...threadRoutes,
	...threadMemberRoutes,
	...guildRoutes,
	...memberRoutes,
	...roleRoutes,
	...banRoutes,
	...interactionCallbackRoutes,
	...webhookRoutes,
	...auditLogRoutes,
	...emojiRoutes,
	...stickerRoutes,
	...inviteRoutes,
	...pruneRoutes,
	...autoModerationRoutes,
	...scheduledEventRoutes,
	...voiceAndStageRoutes,
	...soundboardRoutes,
	...pollRoutes,
	...monetizationRoutes,
	...templateRoutes,
	...guildSettingRoutes,
	...guildBulkRoutes,
	...applicationExtraRoutes,
	...channelExtraRoutes,
];
