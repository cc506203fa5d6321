import { NodeVersionError } from './NodeVersionError.js';

/** One feature that needs a newer Node.js than the packages' `>=20.19`. */
export interface NodeFeatureRequirement {
	/** The oldest Node.js version it runs on, `major.minor.patch`. */
	readonly minimum: string;
	/** What needs that version, for the error message and the README's table. */
	readonly why: string;
}

/**
 * The features of OvenJS that need a newer Node.js than the rest, in one table: the
 * runtime's checks, the tests' skip conditions and the README's "Node versions" table
 * read it from here.
 */
export const NODE_FEATURES = {
	voice: { minimum: '22.12.0', why: '@discordjs/voice 0.19 and its DAVE end-to-end encryption declare engines >=22.12.0' },
	zstdStream: { minimum: '22.15.0', why: 'zstd in node:zlib arrived in Node.js 22.15' },
} as const satisfies Record<string, NodeFeatureRequirement>;

/** A feature with a Node.js requirement: a key of {@link NODE_FEATURES}. */
export type NodeFeature = keyof typeof NODE_FEATURES;

function parts(version: string): [number, number, number] {
	const [major = 0, minor = 0, patch = 0] = version
		.replace(/^v/, '')
		.split('.')
		.map((n) => Number.parseInt(n, 10) || 0);
	return [major, minor, patch];
}

/** Whether `version` (default: this process's) is at least `minimum`. */
export function nodeVersionAtLeast(minimum: string, version: string = process.versions.node): boolean {
	const have = parts(version);
	const need = parts(minimum);
	for (let i = 0; i < 3; i += 1) if ((have[i] as number) !== (need[i] as number)) return (have[i] as number) > (need[i] as number);
	return true;
}

/** Whether `feature` runs on `version` (default: this process's Node.js). */
export function nodeSupports(feature: NodeFeature, version: string = process.versions.node): boolean {
	return nodeVersionAtLeast(NODE_FEATURES[feature].minimum, version);
}

/** Throws {@link NodeVersionError} naming the version `feature` needs when `version` (default: this process's) is older. */
export function assertNodeFeature(feature: NodeFeature, version: string = process.versions.node): void {
	const { minimum, why } = NODE_FEATURES[feature];
	if (!nodeVersionAtLeast(minimum, version)) throw new NodeVersionError(feature, minimum, version.replace(/^v/, ''), why);
}
