import { OvenError } from '../errors/OvenError.js';

/**
 * A feature was used on a Node.js older than it needs. `code` is always
 * `NODE_VERSION_UNSUPPORTED`; `feature`, `required` and `current` say which and by how much.
 * Thrown by {@link assertNodeFeature}.
 */
export class NodeVersionError extends OvenError<'NODE_VERSION_UNSUPPORTED'> {
	/** The feature, a key of `NODE_FEATURES`. */
	readonly feature: string;
	/** The oldest Node.js version the feature runs on, e.g. `22.12.0`. */
	readonly required: string;
	/** The version that was checked (this process's, unless another was passed). */
	readonly current: string;

	/**
	 * @param feature The feature that was used.
	 * @param required The oldest version it runs on.
	 * @param current The version found.
	 * @param why What needs that version.
	 */
	constructor(feature: string, required: string, current: string, why: string) {
		super(
			'NODE_VERSION_UNSUPPORTED',
			`${feature} needs Node.js ${required} or newer (${why}); this is Node.js ${current}. Run it on Node.js 24 LTS, or at least ${required}.`,
		);
		this.feature = feature;
		this.required = required;
		this.current = current;
	}
}
