import type { ClientCache } from '../cache/index.js';
import type { _VoiceAdapters } from '../voice/_VoiceAdapters.js';
import type { ViewAPI } from './ViewAPI.js';

/** What every view is bound to. @internal */
export interface _ViewContext {
	readonly api: ViewAPI;
	readonly cache: ClientCache | undefined;
	/** The client has MessageContent: `''` content is real, not masked. */
	readonly messageContent: boolean;
	/** The client's voice adapters; absent for views made outside a client. */
	readonly voice?: _VoiceAdapters;
}
