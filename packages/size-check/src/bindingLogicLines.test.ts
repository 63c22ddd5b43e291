/**
 * Issue 10: each binding only bridges the core to its framework, in under 80 lines of logic.
 * Prints the counts so each run records them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets.js';
import { countLogicLines, logicLinesOf } from './bindingLogicLines.js';

const src = (pkg: string): string => fileURLToPath(new URL(`../../${pkg}/src`, import.meta.url));

describe('lines of logic per binding', () => {
  it('counts statements, not comments, imports, types or closing brackets', () => {
    const text = [
      "'use client';",
      "import { a } from 'a';",
      '/** Doc. */',
      'export interface Options {',
      '  limit?: number;',
      '}',
      'export type Id = string | undefined;',
      'export type Pair =',
      '  | { a: 1 }',
      '  | { b: 2 };',
      '// a comment',
      'export function f(x: number): number {',
      '  const url = "http://x"; // trailing',
      '  return x + 1;',
      '}',
      "export { g } from './g.js';",
    ].join('\n');
    expect(countLogicLines(text)).toBe(3);
  });

  it.each(['react', 'vue'])('the %s binding stays under the budget', (pkg) => {
    const { total, perFile } = logicLinesOf(src(pkg));
    console.log(`[size-check] ${pkg} binding: ${total} lines of logic (budget < ${BUDGETS.bindingLogicLines}) ${JSON.stringify(perFile)}`);
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThan(BUDGETS.bindingLogicLines);
  });
});
