/**
 * Client hot-path benchmark: CPU µs per event in the client process, for
 *   (a) raw `ws` + JSON.parse + switch on type (baseline),
 *   (b) the core with 8 typed streams subscribed,
 *   (c) the core with 1 stream subscribed,
 *   (d) the core with every stream (and the store) subscribed,
 *   (e) the core with the 8 streams plus 40 streams of types absent from the traffic (cost must not grow),
 *   (f) reference: the baseline plus `normalizeMessage` on every item (what v2 → v3 costs by itself).
 * A `ws` server in a child process pushes realistic v2 bundles (20 messages, ~600 bytes each);
 * scenarios run interleaved for several rounds; medians and per-round ratios vs the baseline.
 *
 * Run: pnpm --filter @tiktok-live-rx/core bench   (env: BENCH_FRAMES, BENCH_ROUNDS)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import WebSocket from 'ws';
import { LIVE_EVENT_TYPES, createLiveClient, type LiveConnection } from '../src/index.js';
import { normalizeMessage } from '../src/protocol/normalizeMessage.js';
import { MESSAGES_PER_BUNDLE } from './frames.js';

const FRAMES = Number(process.env['BENCH_FRAMES'] ?? 1500);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const EVENTS = FRAMES * MESSAGES_PER_BUNDLE;
const TRAFFIC_TYPES = new Set(['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage', 'WebcastControlMessage', 'roomInfo']);

type ServerEvent = { event: 'listening'; port: number; bytes: number } | { event: 'connected'; sockets: number };

interface Running {
  /** Resolves when the `bench.done` item arrived. */
  done: Promise<void>;
  /** Items the consumers saw (sanity check). */
  seen(): number;
  stop(): Promise<void>;
}

interface Scenario {
  name: string;
  start(url: string): Running;
}

let sink = 0;

function rawScenario(name: string, normalize: boolean): Scenario {
  return {
    name,
    start(url) {
      const ws = new WebSocket(url);
      let seen = 0;
      let resolveDone!: () => void;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const route = (item: { type: string; data: Record<string, unknown> }): void => {
        const data = normalize ? normalizeMessage(item.type, item.data) : item.data;
        switch (item.type) {
          case 'WebcastChatMessage':
          case 'WebcastGiftMessage':
          case 'WebcastLikeMessage':
          case 'WebcastMemberMessage':
          case 'WebcastSocialMessage':
          case 'WebcastRoomUserSeqMessage':
            seen += 1;
            if (data === undefined) sink++;
            break;
          case 'bench.done':
            resolveDone();
            break;
          default:
            break;
        }
      };
      ws.on('message', (raw: Buffer) => {
        const doc = JSON.parse(raw.toString()) as { messages?: { type: string; data: Record<string, unknown> }[]; type?: string };
        if (Array.isArray(doc.messages)) for (const item of doc.messages) route(item);
        else route(doc as { type: string; data: Record<string, unknown> });
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

function coreScenario(name: string, subscribe: (live: LiveConnection, count: () => void) => (() => void)[]): Scenario {
  return {
    name,
    start(url) {
      const client = createLiveClient({ url, apiKey: 'bench', keepAliveMs: 0, stallTimeoutMs: false, reconnect: false });
      const live = client.live('bench_creator');
      let seen = 0;
      const count = (): void => {
        seen += 1;
      };
      let resolveDone!: () => void;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const unsubscribers = subscribe(live, count);
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

const eightStreams = (live: LiveConnection, count: () => void) =>
  [live.chat$, live.gift$, live.like$, live.member$, live.follow$, live.share$, live.viewerCount$, live.streamEnd$].map((stream$) => {
    const subscription = (stream$ as import('rxjs').Observable<unknown>).subscribe(count);
    return () => subscription.unsubscribe();
  });

const scenarios: Scenario[] = [
  rawScenario('(a) raw ws + JSON.parse + switch (baseline)', false),
  coreScenario('(b) core, 8 typed streams', eightStreams),
  coreScenario('(c) core, 1 stream (chat$)', (live, count) => {
    const subscription = live.chat$.subscribe(count);
    return [() => subscription.unsubscribe()];
  }),
  coreScenario('(d) core, all streams + store', (live, count) => {
    const streams: import('rxjs').Observable<unknown>[] = [
      live.events$,
      live.roomInfo$,
      live.state$,
      live.errors$,
      live.gaps$,
      live.isLive$,
      ...['WebcastChatMessage', 'WebcastGiftMessage', 'WebcastLikeMessage', 'WebcastMemberMessage', 'WebcastSocialMessage', 'WebcastRoomUserSeqMessage'].map((t) => live.on$(t)),
    ];
    const unsubscribers = [...eightStreams(live, count), ...streams.map((s) => s.subscribe(() => sink++)).map((s) => () => s.unsubscribe())];
    unsubscribers.push(live.store.subscribe(() => sink++));
    return unsubscribers;
  }),
  coreScenario('(e) core, 8 typed + 40 idle streams', (live, count) => {
    // Streams for types that are not in the traffic: with per-type routing they cost nothing per event.
    const idle = [...LIVE_EVENT_TYPES].filter((type) => !TRAFFIC_TYPES.has(type)).slice(0, 40);
    return [...eightStreams(live, count), ...idle.map((type) => live.on$(type).subscribe(count)).map((s) => () => s.unsubscribe())];
  }),
  rawScenario('(f) reference: baseline + normalizeMessage per item', true),
];

async function main(): Promise<void> {
  const server: ChildProcess = fork(new URL('./server.ts', import.meta.url), [], {
    execArgv: ['--conditions=@tiktok-live-rx/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const listening = (await once(server, 'message')) as [ServerEvent];
  if (listening[0].event !== 'listening') throw new Error('server did not start');
  const url = `ws://127.0.0.1:${listening[0].port}`;
  const bytesPerMessage = Math.round(listening[0].bytes / MESSAGES_PER_BUNDLE);
  console.log(`client CPU per event: ${FRAMES} bundles × ${MESSAGES_PER_BUNDLE} messages (~${bytesPerMessage} B each) per run, ${ROUNDS} rounds, node ${process.version}\n`);

  const runOnce = async (scenario: Scenario): Promise<number> => {
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
    if (seen < EVENTS * 0.3) throw new Error(`${scenario.name}: consumers saw only ${seen} items`);
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
  const ratio = (i: number): number => median(ratios.get(scenarios[i]!)!);
  const [b, d, e, f] = [ratio(1), ratio(3), ratio(4), ratio(5)];
  console.log(
    [
      '',
      `(b) 8 streams vs baseline:            ${b.toFixed(3)}×  (target ≤ 1.15×)`,
      `(b) 8 streams vs baseline+normalize:  ${(b / f).toFixed(3)}×  (the core's own routing/dispatch overhead)`,
      `(f) normalizeMessage alone:           ${f.toFixed(3)}×  of the baseline`,
      `(e) 8 + 40 idle streams vs 8 streams: ${(e / b).toFixed(3)}×  (per-event cost independent of stream count)`,
      `(d) everything vs 8 streams:          ${(d / b).toFixed(3)}×  (events$, duplicate subscribers and the store)`,
    ].join('\n'),
  );
  server.send({ cmd: 'stop' });
  await once(server, 'exit');
  if (sink < 0) console.log(sink);
}

await main();
