import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(shared, {
  test: {
    // Packs every public package once; the tests read the tarball paths with inject('tarballs').
    globalSetup: ['./src/globalSetup.ts'],
    // npm installs and production builds: minutes, not seconds, on a busy 2-core machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // One consumer project at a time, so installs and builds do not fight over the cores.
    fileParallelism: false,
  },
});
