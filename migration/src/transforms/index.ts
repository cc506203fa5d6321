import type { Transform } from '../Transform.js';
import { clientIntents } from './clientIntents.js';
import { embeds } from './embeds.js';
import { eventNames } from './eventNames.js';
import { imports } from './imports.js';
import { interactionReplies } from './interactionReplies.js';
import { permissions } from './permissions.js';
import { unsupportedApis } from './unsupportedApis.js';

export { clientIntents, embeds, eventNames, imports, interactionReplies, permissions, unsupportedApis };
export { UNSUPPORTED_CLASSES, UNSUPPORTED_METHODS } from './unsupportedApis.js';
export { permissionName } from './permissions.js';
export { OVENJS_EQUIVALENTS } from './imports.js';

/** Every transform, in the order they run (`imports` last: it reads what the others left). */
export const transforms: readonly Transform[] = [eventNames, clientIntents, interactionReplies, permissions, embeds, unsupportedApis, imports];
