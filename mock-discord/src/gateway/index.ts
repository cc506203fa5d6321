/**
 * The mock's gateway: {@link MockGateway} and the contract it shares with the rest of the mock.
 * @packageDocumentation
 */
export * from './MockGateway.js';
export type * from './GatewayBackend.js';
export type * from './gatewayOptions.js';
export type { GatewaySessionInfo } from './SessionRegistry.js';
export * from './GatewayCloseError.js';
export * from './ShardRouter.js';
export * from './contentMasking.js';
export * from './guildCreateForIntents.js';
export * from './serveGateway.js';
