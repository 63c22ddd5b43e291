/**
 * Lines of logic of a binding package (issue 10: "under 80 lines of logic per binding"), counted
 * the same way for React and Vue over `src/` (tests and testing helpers excluded): not counted
 * are blank lines, comments, imports and re-exports, type-only declarations (`interface`,
 * `type`) and lines that only close brackets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Logic lines per file of one package's `src/`, and their sum. */
export interface LogicLines {
  readonly total: number;
  readonly perFile: Readonly<Record<string, number>>;
}

const isSource = (name: string): boolean => /\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return isSource(entry.name) ? [path] : [];
  });
}

/** Counts the logic lines of one file's text. */
export function countLogicLines(text: string): number {
  const lines = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/(^|[^:'"`])\/\/.*$/, '$1').trim())
    .filter((line) => line !== '');
  let count = 0;
  // Inside a type-only declaration: until its closing brace (`block`) or its final semicolon (`alias`).
  let inType: 'block' | 'alias' | undefined;
  for (const line of lines) {
    if (inType === 'block') {
      if (line === '}' || line === '};') inType = undefined;
      continue;
    }
    if (inType === 'alias') {
      if (line.endsWith(';')) inType = undefined;
      continue;
    }
    const declaration = /^(export )?(declare )?(interface|type) /.test(line);
    if (declaration) {
      if (line.endsWith('{')) inType = 'block';
      else if (!line.endsWith(';') && !line.endsWith('}')) inType = 'alias';
      continue;
    }
    if (/^(import|export (type )?\{|export \*)/.test(line) || line === "'use client';") continue;
    if (/^[)\]}]+[;,)]*$/.test(line)) continue;
    count++;
  }
  return count;
}

/** Counts the logic lines of a package's `src/` folder. */
export function logicLinesOf(srcDir: string): LogicLines {
  const perFile: Record<string, number> = {};
  let total = 0;
  for (const file of sourceFiles(srcDir)) {
    const count = countLogicLines(readFileSync(file, 'utf8'));
    perFile[relative(srcDir, file)] = count;
    total += count;
  }
  return { total, perFile };
}
