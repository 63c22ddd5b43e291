import { describe, expect, it } from 'vitest';
import type { LiveConnection, LiveSource } from '../types.js';
import { providedClient } from './providedClient.js';

describe('providedClient', () => {
  it('hands down a given client as is and owns nothing', () => {
    const client: LiveSource = { live: () => ({}) as LiveConnection };
    expect(providedClient({ client }, '<P>')).toEqual({ client, owned: undefined });
  });

  it('creates a client from options, which the provider owns', () => {
    const { client, owned } = providedClient({ options: { apiKey: 'k', url: 'ws://127.0.0.1:9' } }, '<P>');
    expect(owned).toBe(client);
    expect(owned?.live('some_creator').uniqueId).toBe('some_creator');
    owned?.close();
  });

  it.each([undefined, {}, { client: { live: () => ({}) as LiveConnection }, options: { apiKey: 'k' } }])(
    'throws a TypeError naming the caller unless exactly one is given (%o)',
    (setup) => {
      expect(() => providedClient(setup, 'app.use(TikTokLivePlugin, …)')).toThrow(TypeError);
      expect(() => providedClient(setup, 'app.use(TikTokLivePlugin, …)')).toThrow(/^app\.use\(TikTokLivePlugin, …\): pass exactly one of client/);
    },
  );

  it('never echoes the options it rejects (they may hold a key)', () => {
    const client: LiveSource = { live: () => ({}) as LiveConnection };
    expect(() => providedClient({ client, options: { apiKey: 'secret-key-123' } }, '<P>')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret-key-123') }));
  });
});
