// The suite shares each worker's modules between test files (vitest.config.ts, isolate: false); a file that
// replaces a module or a global must run isolated, or the replacement would leak into the files after it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_ISOLATION } from '../vitest.config';

const ROOT = path.resolve(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(rel);
    return entry.name.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('test isolation', () => {
  it('every test file that replaces a module or a global is run isolated', () => {
    const replacing = testFiles('tests').filter((file) =>
      /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(replacing.length).toBeGreaterThan(0);
    for (const file of replacing) expect(NEEDS_ISOLATION, file).toContain(file);
  });
});
