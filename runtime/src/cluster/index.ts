/**
 * Cluster mode: a bot's shards in several processes, restarted with resume when one dies.
 * @packageDocumentation
 */
export * from './Cluster.js';
export * from './ClusterOptions.js';
export * from './ClusterError.js';
export * from './joinCluster.js';
export * from './serveClusterHealth.js';
export * from './EventStreamPublisher.js';
export * from './StreamShardingStrategy.js';
export * from './eventLag.js';
