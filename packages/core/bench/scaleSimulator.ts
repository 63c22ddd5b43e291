/**
 * The simulator side of `scale.ts`, run in its own process: `CREATORS` silent creators, and
 * on `start` a steady `RATE` events/s per creator (chat, like and join mixed, full v2
 * payloads), sent as one bundle of `RATE` items per creator per second; the creators are
 * served in `SLICES` staggered slices (every 50 ms), so frames arrive evenly rather than in
 * one burst per second. IPC (parent → child):
 * `start`, `stop` (answers `{ sent }`: items per type), `exit`. First message to the parent:
 * `{ wsUrl, apiKey }`.
 */
import { createSimulator, type InjectItem } from '@tiktok-live-rx/simulator';

const CREATORS = Number(process.env['SCALE_CREATORS'] ?? 1000);
const RATE = Number(process.env['SCALE_RATE'] ?? 20);
const SLICES = 20;
const SLICE_MS = 1000 / SLICES;

const sim = await createSimulator({
  seed: 11,
  maxSocketsPerAccount: CREATORS + 100,
  creators: Array.from({ length: CREATORS }, (_, i) => ({ uniqueId: `scale_${i}`, live: true, scenario: 'silent' as const })),
});

const sent: Record<'chat' | 'like' | 'member', number> = { chat: 0, like: 0, member: 0 };
let timer: ReturnType<typeof setInterval> | undefined;
let n = 0;

/** One bundle of `RATE` items cycling like, join, chat, chat (inject fills msgId/createTime/roomId). */
function bundle(): InjectItem[] {
  const items: InjectItem[] = [];
  for (let i = 0; i < RATE; i++) {
    n += 1;
    const user = { userId: String(7_000_000 + (n % 5000)), uniqueId: `viewer_${n % 5000}`, nickname: `Viewer ${n % 5000}`, profilePictureUrl: `https://p16.example/avatar/${n % 5000}~100x100.webp` };
    const kind = i % 4 === 0 ? 'like' : i % 4 === 1 ? 'member' : 'chat';
    sent[kind] += 1;
    if (kind === 'chat') items.push({ type: 'WebcastChatMessage', data: { comment: `message ${n} from the scale bench`, user } });
    else if (kind === 'like') items.push({ type: 'WebcastLikeMessage', data: { likeCount: 1 + (n % 15), totalLikeCount: n, user } });
    else items.push({ type: 'WebcastMemberMessage', data: { action: 1, memberCount: n, user } });
  }
  return items;
}

process.on('message', (message) => {
  if (message === 'start') {
    // Catches up after a late timer (a busy machine), so the rate follows the wall clock.
    const started = performance.now();
    let done = 0;
    timer = setInterval(() => {
      const due = Math.floor((performance.now() - started) / SLICE_MS) + 1;
      for (; done < due; done++) {
        for (let c = done % SLICES; c < CREATORS; c += SLICES) sim.inject(`scale_${c}`, bundle());
      }
    }, SLICE_MS);
  } else if (message === 'stop') {
    clearInterval(timer);
    process.send?.({ sent, sockets: sim.stats().sockets });
  } else if (message === 'exit') {
    void sim.close().then(() => process.exit(0));
  }
});

process.send?.({ wsUrl: sim.wsUrl, apiKey: sim.apiKey });
