/**
 * Voice: the types of `guild.voiceAdapterCreator`, the adapter `@discordjs/voice` joins channels through.
 * @packageDocumentation
 */
export type * from './VoiceAdapter.js';
