// The size of dist/Sidebar.html: the sidebar is one inlined file, and its target is under 100 KB.
import { statSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../workbench/vm';
import type { Report } from './measure';

const TARGET_BYTES = 100 * 1024;

export function benchSidebarSize(report: Report): void {
  const bytes = statSync(path.join(DIST_DIR, 'Sidebar.html')).size;
  report.line('dist/Sidebar.html', [
    ['size', `${(bytes / 1024).toFixed(1)} KB`],
    ['target', `${TARGET_BYTES / 1024} KB`],
    ['within', bytes < TARGET_BYTES ? 'yes' : 'NO'],
  ]);
}
