import { createSimulator, type Simulator, type SimulatorOptions } from '@tiktok-live-rx/simulator';

/**
 * Creators with deterministic, test-driven rooms: they emit only what a test injects.
 * `offline_creator` is not live (connects get 4404 until `sim.setLive`).
 */
export const TEST_CREATORS = [
  { uniqueId: 'silent_creator', live: true, scenario: 'silent' as const, title: 'Silent test room' },
  { uniqueId: 'second_creator', live: true, scenario: 'silent' as const, title: 'Second test room' },
  { uniqueId: 'offline_creator', live: false, scenario: 'silent' as const },
];

/** Starts a simulator on 127.0.0.1:0 (seed 7) with {@link TEST_CREATORS}; `options` override any of that. */
export function startSim(options: SimulatorOptions = {}): Promise<Simulator> {
  return createSimulator({ host: '127.0.0.1', port: 0, seed: 7, creators: TEST_CREATORS, ...options });
}
