import type { Scenario } from '../types.js';

/** Live but emits nothing on its own: tests inject events (and see 4006 if they do not). */
export const silent: Scenario = {
  name: 'silent',
  start: () => {},
};
