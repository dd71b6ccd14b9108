// HyperFormula is GPL-3.0: a development dependency of the workbench and the tests only. Nothing that is
// bundled into dist/ (src/, sidebar/) may import it or the workbench, and the built files must not hold it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../workbench/vm';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|html)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('HyperFormula stays out of the deployed add-on', () => {
  it('no file under src/ or sidebar/ imports hyperformula or the workbench', () => {
    const importsOf = (file: string) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g),
      ].map((m) => m[1] ?? m[2] ?? '');
    const offending = ['src', 'sidebar']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .flatMap((file) => importsOf(file).map((spec) => `${path.relative(ROOT, file)} -> ${spec}`))
      .filter((line) => /-> (hyperformula|.*\/workbench(\/|$))/.test(line));
    expect(offending).toEqual([]);
  });

  it('the built dist/ files do not contain it', () => {
    for (const file of ['Code.js', 'Sidebar.html']) {
      expect(readFileSync(path.join(DIST_DIR, file), 'utf8')).not.toMatch(/hyperformula/i);
    }
  });
});
