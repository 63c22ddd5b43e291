import { describe, expect, it } from 'vitest';
import { createLiveClient } from '../createLiveClient.js';
import type { LiveConnection, LiveSource } from '../types.js';
import { connectionFor } from './connectionFor.js';

describe('connectionFor', () => {
  it('gives no connection for undefined, null, empty or blank ids', () => {
    const asked: string[] = [];
    const source: LiveSource = { live: (id) => (asked.push(id), {} as LiveConnection) };
    for (const id of [undefined, null, '', '   ']) expect(connectionFor(source, id)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('asks the source for any other id, so an invalid handle throws its TypeError', () => {
    const client = createLiveClient({ apiKey: 'k', url: 'ws://127.0.0.1:9' });
    try {
      expect(connectionFor(client, '@someone')).toBe(client.live('someone'));
      expect(() => connectionFor(client, 'not a handle!')).toThrow(TypeError);
    } finally {
      client.close();
    }
  });
});
