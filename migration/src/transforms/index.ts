import type { Transform } from '../Transform.js';
import { activityTypes } from './activityTypes.js';
import { channelTypes } from './channelTypes.js';
import { clientIntents } from './clientIntents.js';
import { commandDeploys } from './commandDeploys.js';
import { components } from './components.js';
import { discordMembers } from './discordMembers.js';
import { embeds } from './embeds.js';
import { eventNames } from './eventNames.js';
import { imports } from './imports.js';
import { interactionReplies } from './interactionReplies.js';
import { permissions } from './permissions.js';
import { shardingManager } from './shardingManager.js';
import { slashCommands } from './slashCommands.js';
import { unsupportedApis } from './unsupportedApis.js';

export {
	activityTypes,
	channelTypes,
	clientIntents,
	commandDeploys,
	components,
	discordMembers,
	embeds,
	eventNames,
	imports,
	interactionReplies,
	permissions,
	shardingManager,
	slashCommands,
	unsupportedApis,
};
export { permissionName } from './permissions.js';

/**
 * Every transform, in the order they run. `interaction-replies` runs before `discord-members`
 * (which renames what it reshaped: `deferReply` → `defer`), both before any transform that
 * replaces the code around a member access (the types were read before the first edit);
 * `permissions` runs before `slash-commands` (which reads the permission names it wrote),
 * `slash-commands` before `command-deploys` and `channel-types` (which rewrite what it
 * copied), and `imports` last: it reads what the others left.
 */
export const transforms: readonly Transform[] = [
	eventNames,
	clientIntents,
	interactionReplies,
	discordMembers,
	permissions,
	embeds,
	slashCommands,
	commandDeploys,
	components,
	channelTypes,
	activityTypes,
	shardingManager,
	unsupportedApis,
	imports,
];
