/**
 * High-level REST methods over the REST client, one group per page of Discord's docs, for every
 * operation a bot can call.
 * @packageDocumentation
 */
export * from './API.js';
export * from './ApplicationCommandsAPI.js';
export * from './ApplicationsAPI.js';
export * from './AuditLogsAPI.js';
export * from './AutoModerationAPI.js';
export * from './ChannelsAPI.js';
export * from './EmojisAPI.js';
export * from './GatewayAPI.js';
export * from './GuildsAPI.js';
export * from './InteractionsAPI.js';
export * from './InvitesAPI.js';
export * from './MonetizationAPI.js';
export * from './PollsAPI.js';
export * from './ScheduledEventsAPI.js';
export * from './SoundboardAPI.js';
export * from './StageInstancesAPI.js';
export * from './StickersAPI.js';
export * from './TemplatesAPI.js';
export * from './ThreadsAPI.js';
export * from './UsersAPI.js';
export * from './VoiceAPI.js';
export * from './WebhooksAPI.js';
export * from './dataURI.js';
export type * from './APIRequestOptions.js';
export type * from './IdOf.js';
