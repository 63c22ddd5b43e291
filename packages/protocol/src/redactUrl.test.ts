import { describe, expect, it } from 'vitest';
import { REDACTED, redactUrl } from './redactUrl.js';

describe('redactUrl', () => {
  it('redacts apiKey and jwtKey values and keeps everything else', () => {
    expect(redactUrl('wss://ws.eulerstream.com?uniqueId=a&apiKey=sk_123&features.bundleEvents=true')).toBe(
      `wss://ws.eulerstream.com?uniqueId=a&apiKey=${REDACTED}&features.bundleEvents=true`,
    );
    expect(redactUrl('/?jwtKey=eyJhbGciOi.x.y&uniqueId=b')).toBe(`/?jwtKey=${REDACTED}&uniqueId=b`);
  });

  it('matches parameter names case-insensitively and inside longer text', () => {
    expect(redactUrl('connect to ws://h/?APIKEY=abc failed: ECONNREFUSED')).toBe(`connect to ws://h/?APIKEY=${REDACTED} failed: ECONNREFUSED`);
  });

  it('redacts percent-encoded parameter names', () => {
    expect(redactUrl('/?uniqueId=a&api%4Bey=secret-value')).toBe(`/?uniqueId=a&api%4Bey=${REDACTED}`);
    expect(redactUrl('/?uniqueId=%40a&other%20name=kept')).toBe('/?uniqueId=%40a&other%20name=kept');
  });

  it('scrubs known secret values wherever they appear, raw or URL-encoded', () => {
    const secret = 'tok/en+with=chars';
    expect(redactUrl(`bad token ${secret} and ${encodeURIComponent(secret)}`, [secret])).toBe(`bad token ${REDACTED} and ${REDACTED}`);
  });

  it('ignores secrets too short to scrub safely', () => {
    expect(redactUrl('a b c', ['b'])).toBe('a b c');
  });
});
