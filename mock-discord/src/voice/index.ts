/**
 * The mock's voice server: the voice WebSocket (v8, TLS) and UDP on 127.0.0.1, and the control API over them.
 * @packageDocumentation
 */
export * from './MockVoice.js';
export type { RecordedFrame, RecordedSpeaking, VoiceSessionStatus } from './VoiceSession.js';
export { VoiceSession } from './VoiceSession.js';
export type { UdpPeer } from './VoiceUdp.js';
export * from './voiceCrypto.js';
export { trustMockVoiceCertificate } from './voiceCertificate.js';
export type * from './voiceControlRoutes.js';
