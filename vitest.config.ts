import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that replace a module (vi.mock) or a global (vi.stubGlobal): they run in a module graph of
 * their own, since a replaced module shared with later files would leak into them.
 */
export const NEEDS_ISOLATION = ['tests/server/scoring/output-record.test.ts'];

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  setupFiles: ['tests/support/english-words.ts'],
};

export default defineConfig({
  test: {
    // Browser tests start Chromium; running files in two workers matches the machine's two cores.
    maxWorkers: 2,
    projects: [
      {
        // Every other file shares its worker's module graph: the engine, the stand-ins and HyperFormula are
        // imported once per worker instead of once per file (about a third of the suite's CPU time).
        test: {
          ...shared,
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...NEEDS_ISOLATION],
          isolate: false,
        },
      },
      { test: { ...shared, name: 'isolated', include: NEEDS_ISOLATION } },
    ],
  },
});
