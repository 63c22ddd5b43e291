/**
 * Bench helper process: the simulator with `BENCH_CREATORS` silent rooms; on `start` it
 * injects one chat per creator every `1000 / rate` ms (the comment carries the send time),
 * on `stop` it reports how many it sent. IPC only.
 */
import { createSimulator } from '@tiktok-live-rx/simulator';

const creators = Number(process.env.BENCH_CREATORS ?? 1000);
const ids = Array.from({ length: creators }, (_, i) => `b${i}`);
const sim = await createSimulator({
  host: '127.0.0.1',
  port: 0,
  maxSocketsPerAccount: 1_000_000,
  creators: ids.map((uniqueId) => ({ uniqueId, live: true, scenario: 'silent' as const })),
});
let timer: ReturnType<typeof setInterval> | undefined;
let sent = 0;
process.on('message', (message: { cmd: string; rate?: number; only?: string[] }) => {
  if (message.cmd === 'start') {
    const period = 1000 / (message.rate ?? 20);
    const targets = message.only ?? ids;
    sent = 0;
    timer = setInterval(() => {
      const at = Date.now();
      for (const id of targets) sim.inject(id, [{ type: 'WebcastChatMessage', data: { comment: `t:${at}`, user: { userId: '1', uniqueId: 'u', nickname: 'U' } } }]);
      sent += targets.length;
    }, period);
    process.send!({ started: targets.length });
  } else if (message.cmd === 'stop') {
    clearInterval(timer);
    process.send!({ sent });
  } else if (message.cmd === 'close') {
    void sim.close().then(() => process.exit(0));
  }
});
process.send!({ wsUrl: sim.wsUrl, ids });
