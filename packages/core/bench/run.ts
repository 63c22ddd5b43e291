/**
 * Client hot-path benchmark: CPU µs per event in the client process, for
 *   (a)  raw `ws` + JSON.parse + switch on type (the baseline; issue 2's definition),
 *   (a′) the baseline plus reading the fields the core's subscribers read (v2 names),
 *   (b)  the core with 8 typed streams subscribed, default options (msgId de-duplication on),
 *   (b′) the same with `dedupe: false`,
 *   (c)  the core with 1 stream subscribed,
 *   (d)  the core with every stream (and the store) subscribed,
 *   (e)  the core with the 8 streams plus 40 streams of types absent from the traffic (cost must not grow),
 *   (f)  reference: the baseline plus the public, copying `normalizeMessage` on every item (+ reads),
 *   (f′) reference: the baseline plus the in-place normaliser the core uses (+ reads),
 *   (g)  the baseline over the same messages with v3 field names (`features.schemaVersion=v3`),
 *   (h)  the core with 8 typed streams over that v3 wire (the server's workerInfo says v3, so
 *        nothing is normalised); reported against (g).
 * Every consumer reads a few fields (`content`, `user.nickname`, `gift.name`, …), so
 * a slower object shape after normalisation shows up in the numbers.
 * A `ws` server in a child process pushes the same realistic v2 bundles to every
 * scenario (20 messages, ~600 bytes each; every msgId distinct within a run, so
 * de-duplication drops nothing); only the client process's CPU time is
 * counted; scenarios run interleaved (rotating order) for several rounds; the
 * table shows medians, and ratios are medians of per-round ratios.
 *
 * Run: pnpm --filter @tiktok-live-rx/core bench   (env: BENCH_FRAMES, BENCH_ROUNDS)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Observable } from 'rxjs';
import WebSocket from 'ws';
import { LIVE_EVENT_TYPES, createLiveClient, type LiveClientOptions, type LiveConnection } from '../src/index.js';
import { normalizeMessage, normalizeMessageInPlace } from '../src/protocol/normalizeMessage.js';
import { MESSAGES_PER_BUNDLE, type BenchSchema } from './frames.js';

const FRAMES = Number(process.env['BENCH_FRAMES'] ?? 1500);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const EVENTS = FRAMES * MESSAGES_PER_BUNDLE;
const TRAFFIC_TYPES = new Set(['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage', 'WebcastControlMessage', 'roomInfo']);

type ServerEvent = { event: 'listening'; port: number; bytes: number } | { event: 'connected'; sockets: number };
type Data = Record<string, unknown>;
// Loose views of the payloads, as a consumer would read them.
type V3 = { content?: string; count?: number; user?: { nickname?: string }; gift?: { name?: string } };
type V2 = { comment?: string; likeCount?: number; viewerCount?: number; user?: { nickname?: string }; giftDetails?: { giftName?: string } };

interface Running {
  /** Resolves when the `bench.done` item arrived. */
  done: Promise<void>;
  /** Items the consumers saw (sanity check). */
  seen(): number;
  stop(): Promise<void>;
}

interface Scenario {
  name: string;
  /** The wire schema of the server it runs against. @default 'v2' */
  wire?: BenchSchema;
  /** Share of the events the consumers must see (a sanity check that nothing was dropped). */
  minSeen: number;
  start(url: string): Running;
}

/** Where consumers put what they read, so nothing is optimised away. */
let sink = 0;
let seen = 0;
const len = (s: string | undefined): number => (s === undefined ? 0 : s.length);

// What each core subscriber does with its value (v3 field names).
const readChat = (m: V3): void => {
  seen++;
  sink += len(m.content) + len(m.user?.nickname);
};
const readGift = (g: V3): void => {
  seen++;
  sink += len(g.gift?.name) + len(g.user?.nickname);
};
const readLike = (l: V3): void => {
  seen++;
  sink += l.count ?? 0;
};
const readUser = (m: V3): void => {
  seen++;
  sink += len(m.user?.nickname);
};
const readNumber = (n: number): void => {
  seen++;
  sink += n;
};
const countOnly = (): void => {
  seen++;
};

/** The same reads on one item, for the raw scenarios: v3 names after normalising, v2 names otherwise. */
function readItem(type: string, data: Data, v3: boolean): void {
  switch (type) {
    case 'WebcastChatMessage':
      if (v3) readChat(data as V3);
      else sink += len((data as V2).comment) + len((data as V2).user?.nickname);
      break;
    case 'WebcastGiftMessage':
      if (v3) readGift(data as V3);
      else sink += len((data as V2).giftDetails?.giftName) + len((data as V2).user?.nickname);
      break;
    case 'WebcastLikeMessage':
      if (v3) readLike(data as V3);
      else sink += (data as V2).likeCount ?? 0;
      break;
    case 'WebcastMemberMessage':
    case 'WebcastSocialMessage':
      if (v3) readUser(data as V3);
      else sink += len((data as V2).user?.nickname);
      break;
    case 'WebcastRoomUserSeqMessage':
      if (!v3) sink += (data as V2).viewerCount ?? 0;
      else sink += Number((data as { total?: unknown }).total);
      break;
  }
}

type RawMode = 'switch' | 'read' | 'normalize' | 'normalizeInPlace';

function rawScenario(name: string, mode: RawMode, wire: BenchSchema = 'v2'): Scenario {
  return {
    name,
    wire,
    // Every item of the 6 types (20 of 20), or what the readers count (19 of 20: not the viewer count).
    minSeen: mode === 'switch' || mode === 'read' ? 1 : 19 / 20,
    start(url) {
      const ws = new WebSocket(url);
      seen = 0;
      let resolveDone!: () => void;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const route = (item: { type: string; data: Data }): void => {
        switch (item.type) {
          case 'WebcastChatMessage':
          case 'WebcastGiftMessage':
          case 'WebcastLikeMessage':
          case 'WebcastMemberMessage':
          case 'WebcastSocialMessage':
          case 'WebcastRoomUserSeqMessage':
            if (mode === 'switch') {
              seen += 1;
              if (item.data === undefined) sink++;
            } else {
              const data =
                mode === 'normalize'
                  ? normalizeMessage(item.type, item.data)
                  : mode === 'normalizeInPlace'
                    ? normalizeMessageInPlace(item.type, item.data)
                    : item.data;
              if (mode === 'read') seen += 1;
              readItem(item.type, data, mode !== 'read');
            }
            break;
          case 'bench.done':
            resolveDone();
            break;
          default:
            break;
        }
      };
      ws.on('message', (raw: Buffer) => {
        const doc = JSON.parse(raw.toString()) as { messages?: { type: string; data: Data }[]; type?: string };
        if (Array.isArray(doc.messages)) for (const item of doc.messages) route(item);
        else route(doc as { type: string; data: Data });
      });
      return {
        done,
        seen: () => seen,
        stop: async () => {
          ws.close();
          await once(ws, 'close');
        },
      };
    },
  };
}

function coreScenario(name: string, minSeen: number, subscribe: (live: LiveConnection) => (() => void)[], options: Partial<LiveClientOptions> = {}): Scenario {
  const wire = options.features?.schemaVersion === 'v3' ? 'v3' : 'v2';
  return {
    name,
    wire,
    minSeen,
    start(url) {
      const client = createLiveClient({ url, apiKey: 'bench', keepAliveMs: 0, stallTimeoutMs: false, reconnect: false, ...options } as LiveClientOptions);
      const live = client.live('bench_creator');
      seen = 0;
      let resolveDone!: () => void;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const unsubscribers = subscribe(live);
      const doneSubscription = live.on$('bench.done').subscribe(() => resolveDone());
      return {
        done,
        seen: () => seen,
        stop: async () => {
          for (const unsubscribe of unsubscribers) unsubscribe();
          doneSubscription.unsubscribe();
          client.close();
        },
      };
    },
  };
}

const subscribeTo = <T>(stream$: Observable<T>, read: (value: T) => void): (() => void) => {
  const subscription = stream$.subscribe(read);
  return () => subscription.unsubscribe();
};

const eightStreams = (live: LiveConnection): (() => void)[] => [
  subscribeTo(live.chat$, readChat as (m: unknown) => void),
  subscribeTo(live.gift$, readGift as (m: unknown) => void),
  subscribeTo(live.like$, readLike as (m: unknown) => void),
  subscribeTo(live.member$, readUser as (m: unknown) => void),
  subscribeTo(live.follow$, readUser as (m: unknown) => void),
  subscribeTo(live.share$, readUser as (m: unknown) => void),
  subscribeTo(live.viewerCount$, readNumber),
  subscribeTo(live.streamEnd$, countOnly),
];

const scenarios: Scenario[] = [
  rawScenario('(a) raw ws + JSON.parse + switch (baseline)', 'switch'),
  rawScenario("(a') baseline + the same field reads (v2 names)", 'read'),
  // 8 typed streams see 19 of 20 messages (all but the viewer count, which is distinct-filtered) plus the viewer counts.
  coreScenario('(b) core, 8 typed streams', 19 / 20, eightStreams),
  coreScenario("(b') core, 8 typed streams, dedupe: false", 19 / 20, eightStreams, { dedupe: false }),
  coreScenario('(c) core, 1 stream (chat$)', 8 / 20, (live) => [subscribeTo(live.chat$, readChat as (m: unknown) => void)]),
  coreScenario('(d) core, all streams + store', 19 / 20, (live) => {
    const streams: Observable<unknown>[] = [
      live.events$,
      live.roomInfo$,
      live.state$,
      live.errors$,
      live.gaps$,
      live.isLive$,
      ...['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage'].map((t) => live.on$(t)),
    ];
    const unsubscribers = [...eightStreams(live), ...streams.map((s) => subscribeTo(s, () => sink++))];
    unsubscribers.push(live.store.subscribe(() => sink++));
    return unsubscribers;
  }),
  coreScenario('(e) core, 8 typed + 40 idle streams', 19 / 20, (live) => {
    // Streams for types that are not in the traffic: with per-type routing they cost nothing per event.
    const idle = [...LIVE_EVENT_TYPES].filter((type) => !TRAFFIC_TYPES.has(type)).slice(0, 40);
    return [...eightStreams(live), ...idle.map((type) => subscribeTo(live.on$(type), countOnly))];
  }),
  rawScenario('(f) baseline + normalizeMessage (copying) + reads', 'normalize'),
  rawScenario("(f') baseline + in-place normaliser (as the core) + reads", 'normalizeInPlace'),
  rawScenario('(g) raw ws + JSON.parse + switch, v3 wire', 'switch', 'v3'),
  coreScenario('(h) core, 8 typed streams, v3 wire', 19 / 20, eightStreams, { features: { schemaVersion: 'v3' } }),
];

interface BenchServer {
  readonly process: ChildProcess;
  readonly url: string;
  readonly bytesPerBundle: number;
}

/** One bench server per wire schema, each in its own child process. */
async function startServer(schema: BenchSchema): Promise<BenchServer> {
  const server = fork(new URL('./server.ts', import.meta.url), [String(FRAMES), schema], {
    execArgv: ['--conditions=@tiktok-live-rx/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const listening = (await once(server, 'message')) as [ServerEvent];
  if (listening[0].event !== 'listening') throw new Error('server did not start');
  return { process: server, url: `ws://127.0.0.1:${listening[0].port}`, bytesPerBundle: listening[0].bytes };
}

async function main(): Promise<void> {
  const servers = { v2: await startServer('v2'), v3: await startServer('v3') };
  try {
    await measure(servers);
  } finally {
    for (const { process: server } of Object.values(servers)) {
      server.send({ cmd: 'stop' });
      await once(server, 'exit');
    }
  }
}

async function measure(servers: Record<BenchSchema, BenchServer>): Promise<void> {
  const bytesPerMessage = Math.round(servers.v2.bytesPerBundle / MESSAGES_PER_BUNDLE);
  console.log(`client CPU per event: ${FRAMES} bundles × ${MESSAGES_PER_BUNDLE} messages (~${bytesPerMessage} B each) per run, ${ROUNDS} rounds, node ${process.version}\n`);

  const runOnce = async (scenario: Scenario): Promise<number> => {
    const { process: server, url } = servers[scenario.wire ?? 'v2'];
    const connected = once(server, 'message');
    const running = scenario.start(url);
    await connected;
    // Let the client finish its side of the handshake before measuring.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = process.cpuUsage();
    server.send({ cmd: 'burst', frames: FRAMES });
    await running.done;
    const used = process.cpuUsage(before);
    const seen = running.seen();
    await running.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (seen < EVENTS * scenario.minSeen) throw new Error(`${scenario.name}: consumers saw only ${seen} of ${EVENTS} items`);
    return (used.user + used.system) / EVENTS;
  };

  // Warm-up: JIT every path.
  for (const scenario of scenarios) await runOnce(scenario);

  const results = new Map<Scenario, number[]>(scenarios.map((s) => [s, []]));
  const ratios = new Map<Scenario, number[]>(scenarios.map((s) => [s, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round so no scenario always runs first.
    const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]!);
    const thisRound = new Map<Scenario, number>();
    for (const scenario of order) thisRound.set(scenario, await runOnce(scenario));
    const baseline = thisRound.get(scenarios[0]!)!;
    for (const scenario of scenarios) {
      results.get(scenario)!.push(thisRound.get(scenario)!);
      ratios.get(scenario)!.push(thisRound.get(scenario)! / baseline);
    }
  }

  const median = (values: number[]): number => {
    const sorted = [...values].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  console.table(
    scenarios.map((scenario) => ({
      scenario: scenario.name,
      'µs/event (median)': median(results.get(scenario)!).toFixed(3),
      'min–max': `${Math.min(...results.get(scenario)!).toFixed(2)}–${Math.max(...results.get(scenario)!).toFixed(2)}`,
      '× baseline (median of rounds)': median(ratios.get(scenario)!).toFixed(3),
    })),
  );
  const ratio = (name: string): number => median(ratios.get(scenarios.find((s) => s.name.startsWith(`(${name})`))!)!);
  const [aR, b, bNoDedupe, c, d, e, f, fInPlace, g, h] = [ratio("a'"), ratio('b'), ratio("b'"), ratio('c'), ratio('d'), ratio('e'), ratio('f'), ratio("f'"), ratio('g'), ratio('h')];
  const x = (v: number): string => `${v.toFixed(3)}×`;
  console.log(
    [
      '',
      `(b)  8 streams vs baseline:                 ${x(b)}  (target ≤ 1.15×)`,
      `(b') 8 streams, dedupe off, vs baseline:    ${x(bNoDedupe)}  (so msgId de-duplication costs ${x(b / bNoDedupe)})`,
      `(b)  vs (a') baseline reading the same fields: ${x(b / aR)}  (reading fields costs the baseline ${x(aR)})`,
      `(c)  chat$ only vs baseline:                ${x(c)}`,
      `(f') in-place normalisation + reads alone:  ${x(fInPlace)}  of the baseline (public copying normalizeMessage: ${x(f)})`,
      `(b') vs (f'): the core's own routing/dispatch: ${x(bNoDedupe / fInPlace)}`,
      `(e)  8 + 40 idle streams vs 8 streams:      ${x(e / b)}  (per-event cost independent of stream count)`,
      `(d)  everything vs 8 streams:               ${x(d / b)}  (events$, duplicate subscribers and the store)`,
      `(h)  8 streams on a v3 wire vs its baseline (g): ${x(h / g)}  (target ≤ 1.15×; no normalisation: features.schemaVersion 'v3')`,
    ].join('\n'),
  );
  if (sink === 0.5) console.log(sink);
}

await main();
