/**
 * A strict Node + TypeScript project that installs the tarballs with npm, following the core
 * and simulator README install lines, in a folder outside the workspace.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createConsumerProject, withTarballs, type ConsumerProject } from './consumerProject.js';
import { codeBlocks, installCommand, readReadme, readmeSection } from './readmeBlocks.js';

const tarballs = inject('tarballs');

/** The first ```ts block of a README section, verbatim. */
function example(folder: string, section: string): string {
  const [block] = codeBlocks(readmeSection(readReadme(folder), section), 'ts');
  if (!block) throw new Error(`${folder}/README.md "${section}" has no ts block`);
  return block;
}

describe('a strict Node TypeScript project, from the tarballs', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = createConsumerProject('node-consumer');
    project.copyFixture('node');
    project.write('src/quickStart.ts', example('packages/core', 'Quick start'));
    project.write('src/rest.ts', example('packages/core', 'REST helpers'));
    await project.npm(withTarballs(installCommand('packages/core'), tarballs));
    await project.npm(withTarballs(installCommand('packages/simulator'), tarballs));
    await project.npm(['install', '-D', 'typescript@7.0.2', '@types/node@22.20.5']);
  });
  afterAll(() => project?.remove());

  it('compiles with strict settings and skipLibCheck: true', async () => {
    const tsc = await project.run('npx', ['tsc', '-p', 'tsconfig.json']);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  });

  it('type-checks with skipLibCheck: false too', async () => {
    const tsc = await project.run('npx', ['tsc', '-p', 'tsconfig.libcheck.json']);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  });

  it("runs the core README's Quick start against the simulator", async () => {
    const run = await project.run('node', ['dist/quickStart.js']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('[state] connected');
    expect(run.output).toMatch(/^\[chat\] [^\n]+: [^\n]+$/m); // at least one "[chat] nickname: content" line
  });

  it("runs the core README's REST example against the simulator", async () => {
    const run = await project.run('node', ['dist/rest.js']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^live true room \d+$/m);
    expect(run.output).toMatch(/^video hls_sd http:\/\/127\.0\.0\.1:\d+\/\S+\.m3u8$/m);
  });

  it("receives typed chat$ payloads from the simulator CLI started from its tarball's bin", async () => {
    const sim = project.start(join(project.dir, 'node_modules/.bin/tiktok-live-sim'), ['--port', '0', '--quiet']);
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: sim.stdout! }).once('line', resolve);
        sim.once('exit', (code) => reject(new Error(`tiktok-live-sim exited with ${code}`)));
      });
      const { ws, apiKey } = JSON.parse(firstLine) as { ws: string; apiKey: string };
      const run = await project.run('node', ['dist/chatAgainstBin.js'], { SIM_WS: ws, SIM_API_KEY: apiKey });
      expect(run.code, run.output).toBe(0);
      const chat = JSON.parse(run.output) as { nickname?: string; content: unknown }[];
      expect(chat).toHaveLength(3);
      for (const m of chat) expect(typeof m.content).toBe('string');
    } finally {
      sim.kill('SIGTERM');
    }
  });

  it('would not compile if the payload types were lost (the type assertions bite)', async () => {
    // Without the type package, every payload silently becomes `any` under skipLibCheck:
    // exactly what typeAssertions.ts must catch.
    rmSync(join(project.dir, 'node_modules/tiktok-live-proto'), { recursive: true, force: true });
    const tsc = await project.run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
    expect(tsc.code).not.toBe(0);
    expect(tsc.output).toContain('src/typeAssertions.ts');
  });
});
