import { describe, expectTypeOf, it } from 'vitest';
import { createSimulator, type Scenario, type ScenarioContext, type Simulator, type SimEvent } from './index.js';

describe('public types', () => {
  it('createSimulator resolves to a Simulator', () => {
    expectTypeOf(createSimulator).returns.resolves.toEqualTypeOf<Simulator>();
    expectTypeOf<Simulator['stats']>().returns.toEqualTypeOf<{ sockets: number; byCreator: Record<string, number> }>();
    expectTypeOf<Simulator['createJwt']>().returns.resolves.toBeString();
  });

  it('accepts a custom scenario and scenario names only', () => {
    const custom: Scenario = { name: 'mine', start: (ctx) => ctx.every(1000, () => ctx.emit([{ kind: 'chat', user: ctx.randomUser(), comment: 'hi' }])) };
    expectTypeOf(custom.start).parameter(0).toEqualTypeOf<ScenarioContext>();
    expectTypeOf<Parameters<typeof createSimulator>[0]>().toMatchTypeOf<{ creators?: { scenario?: 'busy' | 'quiet' | 'ending' | 'giftStorm' | 'silent' | Scenario }[] } | undefined>();
    // @ts-expect-error unknown event kinds are rejected
    const bad: SimEvent = { kind: 'dance', user: undefined };
    void bad;
  });
});
