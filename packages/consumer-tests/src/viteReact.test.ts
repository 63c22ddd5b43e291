/** A Vite + React app that follows the React README: its install line and its example, verbatim. */
import { codeBlocks, readmeSection, readReadme } from './readmeBlocks.js';
import { viteAppSuite } from './viteAppSuite.js';

viteAppSuite({
  title: 'a Vite + React app, from the tarballs and the React README',
  fixture: 'vite-react',
  readmeFolder: 'packages/react',
  readmeFiles: () => {
    const [app] = codeBlocks(readmeSection(readReadme('packages/react'), 'Example'), 'tsx');
    if (!app) throw new Error('packages/react/README.md: no tsx block under "Example"');
    return { 'src/App.tsx': app };
  },
  devDependencies: ['vite@8.3.8', '@vitejs/plugin-react@6.3.0', 'typescript@7.0.2', '@types/react@19.3.3', '@types/react-dom@19.3.0', '@types/node@22.20.5'],
  typeChecker: 'tsc',
});
