import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace.js';

/** The README of a workspace folder (`packages/react`, …). */
export function readReadme(folder: string): string {
  return readFileSync(join(WORKSPACE_ROOT, folder, 'README.md'), 'utf8');
}

/** The text of the `## <heading>…` section (heading matched by prefix), up to the next `## `. */
export function readmeSection(readme: string, heading: string): string {
  const start = readme.split('\n').findIndex((line) => line.startsWith(`## ${heading}`));
  if (start === -1) throw new Error(`README has no "## ${heading}" section`);
  const rest = readme.split('\n').slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end === -1 ? rest : rest.slice(0, end)).join('\n');
}

/** The contents of every fenced code block of `lang` in `text`, in order. */
export function codeBlocks(text: string, lang: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm');
  for (const match of text.matchAll(pattern)) blocks.push(match[1] ?? '');
  return blocks;
}

/**
 * The README's install command, verbatim: the `npm install …` line of the first `sh` block of
 * its "Install" section, as arguments after `npm` (`['install', '@tiktok-live-rx/react', …]`).
 */
export function installCommand(folder: string): string[] {
  const [block] = codeBlocks(readmeSection(readReadme(folder), 'Install'), 'sh');
  const line = block?.split('\n').find((l) => l.startsWith('npm install '));
  if (!line) throw new Error(`${folder}/README.md: no "npm install" line in the Install section`);
  return line.trim().split(/\s+/).slice(1);
}
