import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../createSimulator.js';
import { GIFT_CATALOG } from '../generators/giftCatalog.js';
import { connectClient } from '../testing/connectClient.js';
import type { Simulator } from '../types.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await createSimulator({ seed: 5, eventRate: 4 });
});

afterAll(async () => {
  await sim.close();
});

/** Every http(s) URL anywhere in a JSON text. */
const urlsIn = (text: string): string[] => text.match(/https?:\/\/[^"\\\s]+/g) ?? [];

describe('pictures served by the simulator', () => {
  it('a busy room (v2 and v3) references only pictures on the simulator, and every one of them loads as SVG', async () => {
    const v2 = connectClient(sim, { uniqueId: 'tv_asahi_news' });
    const v3 = connectClient(sim, { uniqueId: 'gift_storm', 'features.schemaVersion': 'v3' });
    await v2.waitFor(() => v2.ofType('WebcastGiftMessage').length > 0 && v2.ofType('WebcastChatMessage').length > 3, 20_000, 'v2 gifts and chats');
    await v3.waitFor(() => v3.ofType('WebcastGiftMessage').length > 0, 20_000, 'v3 gifts');
    v2.ws.close();
    v3.ws.close();
    const urls = new Set([...v2.raw, ...v3.raw].flatMap(urlsIn));
    const pictures = [...urls].filter((u) => u.includes('/pictures/'));
    expect(pictures.some((u) => u.includes('/pictures/avatars/'))).toBe(true);
    expect(pictures.some((u) => u.includes('/pictures/gifts/'))).toBe(true);
    // Nothing points off the machine: media and pictures live on the simulator's own port.
    for (const url of urls) expect(url.startsWith(sim.httpUrl), url).toBe(true);
    for (const url of pictures.slice(0, 40)) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s);
    }
  }, 40_000);

  it('room info avatars and cover are served at the sizes the URLs name', async () => {
    const client = connectClient(sim, { uniqueId: 'tv_asahi_news' });
    await client.waitFor(() => client.ofType('roomInfo').length === 1, 10_000, 'roomInfo');
    client.ws.close();
    const raw = (client.ofType('roomInfo')[0]!.data as { raw: { owner: { avatar_large: { url_list: string[] } }; cover: { url_list: string[] } } }).raw;
    const large = await (await fetch(raw.owner.avatar_large.url_list[0]!)).text();
    expect(large).toContain('width="1080" height="1080"');
    const cover = await (await fetch(raw.cover.url_list[0]!)).text();
    expect(cover).toContain('width="720" height="1280"');
  });

  it('is deterministic: the same URL gives the same picture on another simulator, different users differ', async () => {
    const other = await createSimulator({ seed: 5 });
    try {
      const path = '/pictures/avatars/6800000000000012345/100x100.svg';
      const a = await (await fetch(`${sim.httpUrl}${path}`)).text();
      const b = await (await fetch(`${other.httpUrl}${path}`)).text();
      const c = await (await fetch(`${sim.httpUrl}/pictures/avatars/6800000000000099999/100x100.svg`)).text();
      expect(a).toBe(b);
      expect(c).not.toBe(a);
    } finally {
      await other.close();
    }
  });

  it('sends cacheable headers and CORS, and answers 304 to a matching If-None-Match', async () => {
    const url = `${sim.httpUrl}${GIFT_CATALOG[0]!.imageUrl}`;
    const res = await fetch(url);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(await res.text()).toContain(`<title>${GIFT_CATALOG[0]!.name}</title>`);
    const again = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('sim.gifts holds the catalogue with absolute icon URLs on this simulator', () => {
    expect(sim.gifts.map((g) => g.id)).toEqual(GIFT_CATALOG.map((g) => g.id));
    expect(sim.gifts[0]!.imageUrl).toBe(`${sim.httpUrl}/pictures/gifts/${GIFT_CATALOG[0]!.id}.svg`);
    expect(sim.pictures.avatar('42')).toBe(`${sim.httpUrl}/pictures/avatars/42/100x100.svg`);
  });

  it('rejects unknown picture paths and oversized avatars with a JSON 404, and non-GET methods with 405', async () => {
    for (const path of ['/pictures/avatars/1/99999x1.svg', '/pictures/gifts/rose.svg', '/pictures/other/1.svg', '/pictures/avatars/1/100x100.png']) {
      const res = await fetch(`${sim.httpUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { code: number }).code).toBe(404);
    }
    const post = await fetch(`${sim.httpUrl}/pictures/gifts/5655.svg`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('chat text carries no literal " [sticker]" (emotes come as emote data only)', async () => {
    const client = connectClient(sim, { uniqueId: 'tv_asahi_news' });
    const withEmote = () => client.ofType('WebcastChatMessage').filter((c) => Array.isArray(c.data['emotes']) && (c.data['emotes'] as unknown[]).length > 0);
    await client.waitFor(() => withEmote().length > 0, 30_000, 'a chat with an emote');
    client.ws.close();
    const chat = withEmote()[0]!.data as { comment: string; emotes: { placeInComment: number; emote: { image: { imageUrl: string } } }[] };
    expect(chat.comment).not.toContain('[sticker]');
    expect(chat.emotes[0]!.placeInComment).toBe(chat.comment.length); // the emote follows the text
    expect(chat.emotes[0]!.emote.image.imageUrl).toMatch(new RegExp(`^${sim.httpUrl}/pictures/emotes/\\d+\\.svg$`));
    for (const c of client.ofType('WebcastChatMessage')) expect(String(c.data['comment'])).not.toContain('[sticker]');
  }, 40_000);
});
