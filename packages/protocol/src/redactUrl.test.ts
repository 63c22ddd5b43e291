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

  it('finds a secret parameter after another parameter or a stray "?" in the same text', () => {
    expect(redactUrl('ws://h/?next=ws://i/?apiKey=sk_1')).toBe(`ws://h/?next=ws://i/?apiKey=${REDACTED}`);
    expect(redactUrl('ws://h/?x?jwtKey=ey.j.w&a=1')).toBe(`ws://h/?x?jwtKey=${REDACTED}&a=1`);
    expect(redactUrl('/?TOKEN=t1&X-Api-Key=k2&x-jwt-key=k3&jwt=k4')).toBe(`/?TOKEN=${REDACTED}&X-Api-Key=${REDACTED}&x-jwt-key=${REDACTED}&jwt=${REDACTED}`);
  });

  it('keeps a parameter whose encoded name cannot be decoded, unless it is a secret name as written', () => {
    expect(redactUrl('/?bad%E0%A4%A=v&apiKey%=x')).toBe('/?bad%E0%A4%A=v&apiKey%=x');
    expect(redactUrl('/?apiKey=x&%E0%A4%A=v')).toBe(`/?apiKey=${REDACTED}&%E0%A4%A=v`);
  });

  it('scrubs known secret values wherever they appear, raw or URL-encoded', () => {
    const secret = 'tok/en+with=chars';
    expect(redactUrl(`bad token ${secret} and ${encodeURIComponent(secret)}`, [secret])).toBe(`bad token ${REDACTED} and ${REDACTED}`);
  });

  it('ignores secrets too short to scrub safely', () => {
    expect(redactUrl('a b c', ['b'])).toBe('a b c');
  });
});
