// Nothing is ever lost: every change the workbench makes for the user (typing, paste, CSV import, rows,
// sheets) is all or nothing. A fault injected at each step of each change leaves the workbook exactly as it
// was, says so, and the save file keeps the last good workbook; a failed save leaves the old file whole.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FaultStep } from '../../workbench/app/session';
import { startWorkbench, type Workbench } from '../../workbench/app/workbench';

const csvOf = (rows: number) =>
  [
    'Product,Customer,Price',
    ...Array.from({ length: rows - 1 }, (_, i) => `Item ${i + 1},B2C,${i + 1}`),
  ].join('\n');

describe('every change is all or nothing, and never saved half-done', () => {
  let dir: string;
  let wb: Workbench;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'distmodel-no-loss-'));
    wb = await startWorkbench({ port: 0, workbookFile: path.join(dir, 'workbook.json'), autosave: false });
  });

  afterAll(async () => {
    await wb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The whole workbook as the save file holds it, after saving now. */
  const saved = async () => {
    await wb.session.save();
    const file = JSON.parse(readFileSync(wb.workbookFile, 'utf8'));
    return { workbook: file.workbook, charts: file.charts };
  };

  const changes: [FaultStep, string, () => Promise<unknown>][] = [
    ['import:clear', 'Import CSV', () => wb.session.importCsv('Products', csvOf(2001))],
    ['import:write', 'Import CSV', () => wb.session.importCsv('Products', csvOf(2001))],
    [
      'cells:write',
      'Paste',
      () =>
        wb.session.setInputs(
          'Products',
          'A2',
          Array.from({ length: 2000 }, (_, i) => [`P${i}`, 'B2B']),
        ),
    ],
    ['cells:write', 'Edit', () => wb.session.setInputs('Products', 'D2', [['12']])],
    ['cells:write', 'Number format', () => wb.session.setNumberFormat('Products', 'D2:D29', '"$"#,##0.00')],
    ['cells:write', 'Insert checkbox', () => wb.session.insertCheckboxes('Products', 'N2:N5')],
    ['structure:apply', 'Delete row', () => wb.session.deleteRows('Products', 3, 1)],
    ['structure:apply', 'Rename sheet', () => wb.session.renameSheet('DistModel weights', 'Weights')],
    ['structure:apply', 'Delete sheet', () => wb.session.deleteSheet('DistModel weights')],
  ];

  test.each(changes)('a fault at %s of "%s" changes nothing and says so', async (step, label, run) => {
    const before = await saved();
    const values = await wb.session.values('Products!A1:T40');
    await wb.session.injectFault(step);
    await expect(run()).rejects.toThrow(
      new RegExp(`^${label} failed: Injected fault at ${step}\\. Nothing was changed\\.`),
    );
    expect(await wb.session.values('Products!A1:T40')).toEqual(values);
    expect(await saved()).toEqual(before);
    expect((await wb.session.snapshot()).undo).not.toBe(label);
  });

  test('refused input (a cell over 50,000 characters, a CSV quote never closed) changes nothing', async () => {
    const before = await saved();
    await expect(wb.session.setInputs('Products', 'A2', [['x'.repeat(50_001)]])).rejects.toThrow(
      /at most 50,000/,
    );
    await expect(wb.session.importCsv('Products', 'a,b\n"open,1\n')).rejects.toThrow(/CSV line/);
    expect(await saved()).toEqual(before);
  });

  test('a save that fails before the file is replaced leaves the old file whole, and no temporary file', async () => {
    await wb.session.save();
    const text = readFileSync(wb.workbookFile, 'utf8');
    await wb.session.setInputs('Products', 'A30', [['Kettle']]);
    await wb.session.injectFault('save:write');
    await expect(wb.session.save()).rejects.toThrow(/Injected fault at save:write/);
    expect(readFileSync(wb.workbookFile, 'utf8')).toBe(text);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(readFileSync(wb.workbookFile, 'utf8')).not.toContain('Kettle');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['workbook.json']);
  });

  test('a paste past the last row grows the sheet, and DISTMODEL(A1:L) reaches the new rows', async () => {
    const before = await saved();
    const product = (await wb.session.values('Products!A2:L2'))[0]?.map(String) as string[];
    await wb.session.setInputs(
      'Products',
      'A30',
      Array.from({ length: 1000 }, () => product),
    );
    expect(await wb.session.error('Products!M1')).toBeNull();
    expect(await wb.session.values('Products!M1029')).toEqual(await wb.session.values('Products!M2'));
    await wb.session.undo();
    expect(await wb.session.error('Products!M1')).toBeNull();
    expect(await saved()).toEqual(before);
  });

  test('the import and paste that failed before now grow the sheet, and Undo takes each back', async () => {
    const before = await saved();
    await wb.session.importCsv('Products', csvOf(2001));
    expect(await wb.session.values('Products!A2001:C2001')).toEqual([['Item 2000', 'B2C', 2000]]);
    await wb.session.setInputs(
      'Products',
      'A1500',
      Array.from({ length: 2000 }, (_, i) => [`P${i}`]),
    );
    const grown = (await wb.session.snapshot()).sheets.find((s) => s.name === 'Products');
    expect(grown?.rows).toBe(3499);
    expect(await wb.session.values('Products!A3499')).toEqual([['P1999']]);
    await wb.session.undo();
    await wb.session.undo();
    expect(await saved()).toEqual(before);
  });
});

describe('autosave', () => {
  test('a failed change is never autosaved; a good one is', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-autosave-'));
    const wb = await startWorkbench({ port: 0, workbookFile: path.join(dir, 'workbook.json') });
    try {
      await wb.session.save();
      const text = readFileSync(wb.workbookFile, 'utf8');
      await wb.session.injectFault('import:write');
      await expect(wb.session.importCsv('Products', csvOf(10))).rejects.toThrow(/Nothing was changed/);
      await new Promise((r) => setTimeout(r, 900));
      expect(readFileSync(wb.workbookFile, 'utf8')).toBe(text);
      await wb.session.importCsv('Products', csvOf(10));
      await expect.poll(() => readFileSync(wb.workbookFile, 'utf8'), { timeout: 5000 }).toContain('Item 9');
    } finally {
      await wb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
