/**
 * The Quick start demo: a terminal live feed of one TikTok LIVE creator.
 *
 * - With no `EULER_API_KEY`, it starts the embedded simulator and watches its
 *   busy built-in creator. With one, it watches a real creator on Euler Stream.
 * - It plays both halves of the browser flow: a "backend" that holds the API key
 *   and mints a short-lived JWT per connection, and a client that only sees JWTs.
 *
 *   pnpm demo [--creator <handle>] [--seconds <n>]
 */
import { parseArgs } from 'node:util';
import { createLiveClient } from '@tiktok-live-rx/core';
import { createSimulator, DEMO_API_KEY } from '@tiktok-live-rx/simulator';
import { throttleTime } from 'rxjs';
import { formatChat, formatGift, formatJoin, formatRoom, formatSocial, formatState, formatTotals } from './formatEvents.js';
import { createJwtMinter } from './mintJwt.js';

// `pnpm demo -- --seconds 5` passes the `--` through; drop it so both spellings work.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    creator: { type: 'string' },
    seconds: { type: 'string' },
  },
});

const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
if (seconds !== undefined && !(seconds > 0)) {
  console.error('--seconds takes a positive number');
  process.exit(2);
}

const apiKey = process.env.EULER_API_KEY;
if (apiKey && !/^\d+$/.test(process.env.EULER_ACCOUNT_ID ?? '')) {
  console.error('EULER_API_KEY is set: also set EULER_ACCOUNT_ID (your numeric Euler account id), which minting JWTs needs.');
  process.exit(2);
}
const simulator = apiKey ? undefined : await createSimulator({ port: 0 });
const target = simulator
  ? { wsUrl: simulator.wsUrl, restUrl: simulator.httpUrl, accountId: simulator.accountId, apiKey: DEMO_API_KEY }
  : {
      wsUrl: 'wss://ws.eulerstream.com',
      restUrl: process.env.EULER_REST_URL ?? 'https://tiktok.eulerstream.com',
      accountId: Number(process.env.EULER_ACCOUNT_ID ?? 0),
      apiKey: apiKey as string,
    };
const creator = values.creator ?? (simulator ? 'tv_asahi_news' : 'tv_asahi_news');

console.log(
  simulator
    ? `Embedded simulator at ${simulator.wsUrl} (set EULER_API_KEY to watch the real service).`
    : 'Connecting to Euler Stream.',
);
console.log(`Watching @${creator}. Ctrl-C to stop.\n`);

// Backend: mints one JWT per connect attempt. Client: sees only the JWT provider.
const client = createLiveClient({
  url: target.wsUrl,
  restUrl: target.restUrl,
  jwt: createJwtMinter({ restUrl: target.restUrl, accountId: target.accountId, apiKey: target.apiKey }),
  waitUntilLive: true,
});
const live = client.live(creator);

const subscriptions = [
  live.state$.subscribe((state) => console.log(formatState(state))),
  live.roomInfo$.subscribe((room) => console.log(formatRoom(room))),
  live.chat$.subscribe((message) => console.log(formatChat(message))),
  live.giftFinal$.subscribe((gift) => console.log(formatGift(gift))),
  live.member$.subscribe((message) => console.log(formatJoin(message))),
  live.follow$.subscribe((message) => console.log(formatSocial(message, 'follow'))),
  live.share$.subscribe((message) => console.log(formatSocial(message, 'share'))),
  live.viewerCount$.pipe(throttleTime(5_000)).subscribe((count) => console.log(`👀 ${count} viewers`)),
  live.totals$
    .pipe(throttleTime(10_000, undefined, { leading: false, trailing: true }))
    .subscribe((totals) => console.log(formatTotals(totals))),
  live.errors$.subscribe((error) => console.warn(`⚠️  ${error.message}`)),
];

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const subscription of subscriptions) subscription.unsubscribe();
  client.close();
  await simulator?.close();
  console.log('\nBye.');
}

process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
if (seconds !== undefined) setTimeout(() => void stop(), seconds * 1000);
