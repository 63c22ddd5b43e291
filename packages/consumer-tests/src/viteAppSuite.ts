import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createConsumerProject, withTarballs, type ConsumerProject } from './consumerProject.js';
import { installCommand } from './readmeBlocks.js';

/** One Vite app a README describes. */
export interface ViteAppSpec {
  /** Suite title. */
  title: string;
  /** Folder under fixtures/ with index.html, vite.config.ts, tsconfigs, glue and typeAssertions.ts. */
  fixture: string;
  /** Workspace folder whose README install line the app follows (`packages/react`). */
  readmeFolder: string;
  /** Files taken verbatim from that README: project path → content. */
  readmeFiles: () => Record<string, string>;
  /** The app's own tooling, pinned (`npm install -D …`). */
  devDependencies: string[];
  /** The type checker's command (`tsc`, `vue-tsc`). */
  typeChecker: string;
}

/**
 * Declares the suite for one Vite app built from the tarballs: install the README line with
 * npm outside the workspace, type-check with skipLibCheck true and false, build with Vite, and
 * show that the type assertions fail once the payload types are gone.
 */
export function viteAppSuite(spec: ViteAppSpec): void {
  describe(spec.title, () => {
    const tarballs = inject('tarballs');
    let project: ConsumerProject;

    beforeAll(async () => {
      project = createConsumerProject(spec.fixture);
      project.copyFixture(spec.fixture);
      for (const [path, content] of Object.entries(spec.readmeFiles())) project.write(path, content);
      await project.npm(withTarballs(installCommand(spec.readmeFolder), tarballs));
      await project.npm(['install', '-D', ...spec.devDependencies]);
    });
    afterAll(() => project?.remove());

    it('type-checks with skipLibCheck: true (the Vite default)', async () => {
      const check = await project.run('npx', [spec.typeChecker, '-p', 'tsconfig.json']);
      expect(check.output).toBe('');
      expect(check.code).toBe(0);
    });

    // As the READMEs say: with skipLibCheck false, Node's types must be loaded (tiktok-live-proto's
    // declarations name `Buffer`); tsconfig.libcheck.json adds them.
    it('type-checks with skipLibCheck: false (plus @types/node, as the README says)', async () => {
      const check = await project.run('npx', [spec.typeChecker, '-p', 'tsconfig.libcheck.json']);
      expect(check.output).toBe('');
      expect(check.code).toBe(0);
    });

    it('builds with Vite', async () => {
      const build = await project.run('npx', ['vite', 'build']);
      expect(build.code, build.output).toBe(0);
      expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(true);
      expect(readdirSync(join(project.dir, 'dist/assets')).some((file) => file.endsWith('.js'))).toBe(true);
    });

    it('would not type-check if the payload types were lost (the type assertions bite)', async () => {
      rmSync(join(project.dir, 'node_modules/tiktok-live-proto'), { recursive: true, force: true });
      const check = await project.run('npx', [spec.typeChecker, '-p', 'tsconfig.json']);
      expect(check.code).not.toBe(0);
      expect(check.output).toContain('src/typeAssertions.ts');
    });
  });
}
