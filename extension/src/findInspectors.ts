/**
 * The running inspectors, from the runtime's discovery files: one reader, in `ovenjs/inspector`
 * (loopback `ws:` URLs of live processes only).
 */
export {
	defaultDiscoveryDir as inspectorDiscoveryDir,
	findInspectors,
	type InspectorDiscovery as DiscoveredInspector,
} from 'ovenjs/inspector';
