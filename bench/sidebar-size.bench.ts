// The size of dist/Sidebar.html: the sidebar is one inlined file; issue #19's target is 70 KB.
import { statSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../workbench/vm';
import type { Report } from './measure';

const TARGET_BYTES = 70 * 1024;

export function benchSidebarSize(report: Report): void {
  const bytes = statSync(path.join(DIST_DIR, 'Sidebar.html')).size;
  report.line('dist/Sidebar.html', [
    ['size', `${(bytes / 1024).toFixed(1)} KB`],
    ['target', `${TARGET_BYTES / 1024} KB`],
    ['within', bytes < TARGET_BYTES ? 'yes' : 'NO'],
  ]);
}
