import type { Transform } from '../Transform.js';
import { eventNames } from './eventNames.js';

export { eventNames };

/** Every transform, in the order they run. */
export const transforms: readonly Transform[] = [eventNames];
