// The fast lane (`npm run test:unit`): the engine's and the sidebar's logic, in Node, without a build. Left
// to `npm test` (the whole suite, which CI runs): browser tests, tests of the built dist/ files, the server
// shells in the Apps Script sandbox, the stand-ins, the workbench and the end-to-end runs.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/engine/**/*.test.ts', 'tests/i18n/**/*.test.ts', 'tests/sidebar/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      '**/*.browser.test.ts',
      // These read dist/, which only a build writes.
      'tests/sidebar/build-output.test.ts',
      'tests/engine/what-if/what-if.properties.test.ts',
    ],
    setupFiles: ['tests/support/english-words.ts'],
    testTimeout: 60_000,
    maxWorkers: 2,
  },
});
