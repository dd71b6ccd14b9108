// The workbench's save file: the stand-in Workbook's snapshot plus where the user was, as JSON. Written
// to a temporary file and renamed, so a crash mid-save never leaves a half-written workbook.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartRecord, WorkbookSnapshot } from '../gas';

export const DEFAULT_WORKBOOK_FILE = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '.workbench',
  'workbook.json',
);

const FORMAT = 'distmodel-workbench';

export interface SavedWorkbook {
  readonly format: typeof FORMAT;
  readonly version: 1;
  readonly workbook: WorkbookSnapshot;
  readonly activeSheet: string;
  readonly selection: string;
  /** Charts the add-on inserted (they live beside the cells in Sheets); absent in older files. */
  readonly charts?: readonly ChartRecord[];
}

export function writeWorkbookFile(
  file: string,
  content: Omit<SavedWorkbook, 'format' | 'version'>,
  hooks: { beforeReplace?: () => void } = {},
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const saved: SavedWorkbook = { format: FORMAT, version: 1, ...content };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(saved)}\n`);
    hooks.beforeReplace?.();
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** The saved workbook, null when there is no file; throws a readable error when it is not one of ours. */
export function readWorkbookFile(file: string): SavedWorkbook | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = JSON.parse(text) as Partial<SavedWorkbook>;
  if (parsed.format !== FORMAT || parsed.version !== 1 || !parsed.workbook) {
    throw new Error(`${file} is not a DistModel workbench file`);
  }
  return parsed as SavedWorkbook;
}
