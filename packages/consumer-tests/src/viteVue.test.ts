/** A Vite + Vue app that follows the Vue README: its install line and its example, verbatim. */
import { codeBlocks, readmeSection, readReadme } from './readmeBlocks.js';
import { viteAppSuite } from './viteAppSuite.js';

viteAppSuite({
  title: 'a Vite + Vue app, from the tarballs and the Vue README',
  fixture: 'vite-vue',
  readmeFolder: 'packages/vue',
  readmeFiles: () => {
    const example = readmeSection(readReadme('packages/vue'), 'Example');
    const [main] = codeBlocks(example, 'ts');
    const [panel] = codeBlocks(example, 'vue');
    if (!main || !panel) throw new Error('packages/vue/README.md: "Example" needs a ts (main.ts) and a vue (LivePanel.vue) block');
    return { 'src/main.ts': main, 'src/LivePanel.vue': panel };
  },
  // vue-tsc needs TypeScript's JS API, which TypeScript 7 no longer has.
  devDependencies: ['vite@8.3.8', '@vitejs/plugin-vue@6.0.11', 'vue-tsc@3.3.14', 'typescript@6.0.3', '@types/node@22.20.5'],
  typeChecker: 'vue-tsc',
});
