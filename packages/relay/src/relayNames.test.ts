import { describe, expect, it } from 'vitest';
import { decodeCreator, encodeCreator, relayNames } from './relayNames.js';

describe('relayNames', () => {
  it('encodes a dotted handle as one subject token and decodes it back', () => {
    expect(encodeCreator('tv.asahi_news')).toBe('tv=2Easahi_news');
    expect(decodeCreator('tv=2Easahi_news')).toBe('tv.asahi_news');
    for (const id of ['a', 'a.b.c', 'x_y-z', 'tiktok.connect', 'ü.名']) {
      const token = encodeCreator(id);
      expect(token).toMatch(/^[A-Za-z0-9_=-]+$/);
      expect(decodeCreator(token)).toBe(id);
    }
  });

  it('never lets two handles share a token', () => {
    expect(encodeCreator('a.b')).not.toBe(encodeCreator('a_b'));
    expect(encodeCreator('a=2E')).not.toBe(encodeCreator('a.'));
  });

  it('derives every subject, stream and bucket from the prefix', () => {
    const names = relayNames('acme');
    expect(names.eventSubject('tv.asahi', 'WebcastChatMessage')).toBe('acme.ev.tv=2Easahi.WebcastChatMessage');
    expect(names.eventFilter('tv.asahi')).toBe('acme.ev.tv=2Easahi.>');
    expect(names.latestSubject('tv.asahi', 'totals')).toBe('acme.last.tv=2Easahi.totals');
    expect([names.eventStream, names.latestStream, names.desiredBucket]).toEqual(['ACME_EVENTS', 'ACME_LATEST', 'acme_desired']);
  });

  it('rejects a prefix that is not a single safe token', () => {
    expect(() => relayNames('a.b')).toThrow(TypeError);
    expect(() => relayNames('')).toThrow(TypeError);
  });
});
