import type { Simulator } from '@tiktok-live-rx/simulator';

/** Open sockets the simulator holds for a creator right now (from `sim.stats()`). */
export function openSockets(sim: Simulator, uniqueId: string): number {
  return sim.stats().byCreator[uniqueId] ?? 0;
}

/** Connect attempts (WebSocket handshakes) the simulator saw for a creator. */
export function handshakes(sim: Simulator, uniqueId: string): number {
  return sim.handshakes.filter((h) => h.uniqueId === uniqueId).length;
}
