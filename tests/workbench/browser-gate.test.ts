// The browser tests' gate (tests/support/browser.ts): skipped with a message where no Chromium is found
// outside CI; run (and so failing without Chromium) in CI.
import { describe, expect, it } from 'vitest';
import { browserTestsRun, SKIP_MESSAGE } from '../support/browser';

describe('browser test gate', () => {
  it('runs where Chromium is found, in CI or not', () => {
    expect(browserTestsRun(true, {})).toBe(true);
    expect(browserTestsRun(true, { CI: 'true' })).toBe(true);
  });

  it('skips without Chromium outside CI, and the message says how to enable the tests', () => {
    expect(browserTestsRun(false, {})).toBe(false);
    expect(browserTestsRun(false, { CI: 'false' })).toBe(false);
    expect(SKIP_MESSAGE).toContain('apt-get install chromium');
  });

  it('runs without Chromium in CI, so the missing browser fails the suite', () => {
    expect(browserTestsRun(false, { CI: 'true' })).toBe(true);
  });
});
