/**
 * `@tiktok-live-rx/core/node`: Node-only helpers (file system). Record raw
 * frames to NDJSON and replay them with their original timing.
 */
export { readRecording, type ReadRecordingOptions, type RecordedFrame } from './readRecording.js';
export { recordFrames, type RecordFramesConfig } from './recordFrames.js';
export { RecordFramesError, type RecordFramesErrorKind } from './recordFramesError.js';
export { RecordingFormatError, RecordingLineError } from './recordingErrors.js';
