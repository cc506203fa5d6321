import type { Transform } from '../Transform.js';
import { activityTypes } from './activityTypes.js';
import { channelTypes } from './channelTypes.js';
import { clientIntents } from './clientIntents.js';
import { collection } from './collection.js';
import { collectors } from './collectors.js';
import { commandDeploys } from './commandDeploys.js';
import { components } from './components.js';
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
	collection,
	collectors,
	commandDeploys,
	components,
	embeds,
	eventNames,
	imports,
	interactionReplies,
	permissions,
	shardingManager,
	slashCommands,
	unsupportedApis,
};
export { UNSUPPORTED_CLASSES, UNSUPPORTED_METHODS } from './unsupportedApis.js';
export { permissionName } from './permissions.js';
export { OVENJS_EQUIVALENTS } from './imports.js';

/**
 * Every transform, in the order they run. `permissions` runs before `slash-commands` (which
 * reads the permission names it wrote), `slash-commands` before `command-deploys` and
 * `channel-types` (which rewrite what it copied), and `imports` last: it reads what the others left.
 */
export const transforms: readonly Transform[] = [
	eventNames,
	clientIntents,
	interactionReplies,
	permissions,
	embeds,
	slashCommands,
	commandDeploys,
	components,
	collection,
	channelTypes,
	activityTypes,
	collectors,
	shardingManager,
	unsupportedApis,
	imports,
];
