// The workbench stands in for Google around the add-on; it must not reach into the add-on's internals. It
// runs the add-on only as built (dist/Code.js, dist/Sidebar.html) and may import only the engine's public
// door (src/engine/index.ts) and the shared, dependency-free vocabulary of src/shared/ (the sidebar
// contract, A1 notation, the configuration's names). Anything else under src/ or sidebar/ is a breach.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Every module specifier a file names: static imports and re-exports, side-effect imports, import(). */
function specifiers(text: string): string[] {
  const pattern = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Whether a path relative to the repository may be imported by the workbench. */
function allowed(target: string): boolean {
  if (!/^(src|sidebar)(\/|$)/.test(target)) return true;
  return /^src\/engine(\/index(\.ts)?)?$/.test(target) || /^src\/shared\/[^/]+$/.test(target);
}

/** "file -> specifier" for each import of `file` (repository-relative) that crosses the fence. */
function breaches(file: string, text: string): string[] {
  return specifiers(text)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => !allowed(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))))
    .map((spec) => `${file} -> ${spec}`);
}

function workbenchFiles(): string[] {
  return readdirSync(path.join(ROOT, 'workbench'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|html)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

describe('the workbench fence', () => {
  it('no workbench file imports the add-on but through dist/, the engine door and src/shared/', () => {
    const found = workbenchFiles().flatMap((file) =>
      breaches(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('catches an import past the engine door, of a server or sidebar file, in any form', () => {
    expect(
      breaches('workbench/app/csv.ts', "import { isDate } from '../../src/engine/basics/text';"),
    ).toEqual(['workbench/app/csv.ts -> ../../src/engine/basics/text']);
    const text = [
      "import { WEIGHTS_SHEET_NAME } from '../../src/server/weights/weights-location';",
      "export { createApi } from '../../sidebar/api';",
      "const m = await import('../../src/server');",
      "import '../../sidebar/main';",
    ].join('\n');
    expect(breaches('workbench/app/sample.ts', text)).toHaveLength(4);
    const fine = [
      "import { presetTable } from '../../src/engine';",
      "import { formatA1 } from '../../src/shared/a1';",
      "import type { SidebarApi } from '../../src/shared/sidebar-contract';",
      "import { parseA1 } from './a1';",
      "import { AlwaysDense } from 'hyperformula';",
    ].join('\n');
    expect(breaches('workbench/gas/workbook.ts', fine)).toEqual([]);
  });
});
