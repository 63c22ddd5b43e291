import { Subject, map, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { lazyModule } from './loadOnFirstUse.js';
import { throughLazyOperator } from './throughLazyOperator.js';

describe('throughLazyOperator', () => {
  it('buffers what the source emits while the module loads, then runs synchronously once loaded', async () => {
    let release!: (module: { double: (n: number) => number }) => void;
    let imports = 0;
    const module = lazyModule(() => {
      imports++;
      return new Promise<{ double: (n: number) => number }>((resolve) => (release = resolve));
    });
    const source = new Subject<number>();
    const out: number[] = [];
    let completed = false;
    source.pipe(throughLazyOperator(module, (m) => map(m.double))).subscribe({ next: (n) => out.push(n), complete: () => (completed = true) });
    source.next(1);
    source.next(2);
    expect(out).toEqual([]);
    release({ double: (n) => n * 2 });
    await module.load();
    expect(out).toEqual([2, 4]);
    source.next(3);
    expect(out).toEqual([2, 4, 6]);

    // Loaded: a second use is synchronous and imports nothing again.
    const second = new Subject<number>();
    const values: number[][] = [];
    second.pipe(throughLazyOperator(module, (m) => map(m.double)), toArray()).subscribe((v) => values.push(v));
    second.next(5);
    second.complete();
    expect(values).toEqual([[10]]);
    expect(imports).toBe(1);
    source.complete();
    expect(completed).toBe(true);
  });

  it('replays a completion that came before the module loaded', async () => {
    const module = lazyModule(async () => ({ id: (n: number) => n }));
    const source = new Subject<number>();
    const seen: Array<number | 'done'> = [];
    source.pipe(throughLazyOperator(module, (m) => map(m.id))).subscribe({ next: (n) => seen.push(n), complete: () => seen.push('done') });
    source.next(7);
    source.complete();
    await module.load();
    expect(seen).toEqual([7, 'done']);
  });
});
