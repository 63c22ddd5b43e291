import { describe, expect, it } from 'vitest';
import { RestError, RoomVideoError, TikTokLiveError } from './index.js';
import { RecordFramesError, RecordingFormatError, RecordingLineError } from './node/index.js';

describe('one error family', () => {
  it('REST and recording errors are TikTokLiveErrors with a stable code', () => {
    const rest = new RestError('x', { status: 401, code: 401, endpoint: '/webcast/room_id' });
    const video = new RoomVideoError('x', { status: 404, endpoint: '/webcast/room_video' });
    const line = new RecordingLineError(3, 'shape', '{}');
    const format = new RecordingFormatError([line]);
    const frames = new RecordFramesError('write', 'disk full');
    for (const error of [rest, video, line, format, frames]) expect(error).toBeInstanceOf(TikTokLiveError);
    expect([rest.code, video.code, line.code, format.code, frames.code]).toEqual(['rest', 'rest', 'recording-format', 'recording-format', 'record-frames']);
    expect(rest).toMatchObject({ status: 401, bodyCode: 401, endpoint: '/webcast/room_id' });
    expect(line.reason).toBe('shape');
  });
});
