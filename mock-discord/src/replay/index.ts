export * from './readRecording.js';
export * from './scenarioFromRecording.js';
export * from './RecordedAnswers.js';
export * from './SessionReplay.js';
