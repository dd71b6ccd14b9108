// The workbench server without a browser: localhost only, saving and reloading the workbook across a
// restart, CSV import and export, reset to the sample, and dialogs a script waits on.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerEvent, Snapshot } from '../../workbench/app/protocol';
import { startWorkbench, type Workbench } from '../../workbench/app/workbench';

const dir = mkdtempSync(path.join(tmpdir(), 'distmodel-workbench-server-'));
const file = path.join(dir, 'workbook.json');

async function post<T>(wb: Workbench, route: string, body: unknown): Promise<T> {
  const res = await fetch(new URL(route, wb.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

describe('workbench server', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench({ port: 0, workbookFile: file, autosave: false });
  });

  afterAll(async () => {
    await wb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only and refuses requests for other hosts', async () => {
    expect(new URL(wb.url).hostname).toBe('127.0.0.1');
    const ok = await fetch(new URL('/api/snapshot', wb.url));
    expect(ok.status).toBe(200);
    // fetch() may not set Host; a DNS-rebinding page's request carries its own host name.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/api/snapshot', wb.url), { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  test('POST only accepts JSON (no cross-site form posts)', async () => {
    const res = await fetch(new URL('/api/file/reset', wb.url), { method: 'POST', body: 'x=1' });
    expect(res.status).toBe(415);
  });

  // Issue #17: a malformed request is the client's mistake, answered 400, never 500.
  test('answers 400 to malformed requests: bad JSON, an unknown sheet, a range it cannot read', async () => {
    const send = (route: string, body: string) =>
      fetch(new URL(route, wb.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    expect((await send('/api/cells', '{"sheet":')).status).toBe(400);
    expect((await send('/api/activate', JSON.stringify({ sheet: 'No such sheet' }))).status).toBe(400);
    const badRange = { sheet: 'Products', range: 'not a range', inputs: [['x']] };
    expect((await send('/api/cells', JSON.stringify(badRange))).status).toBe(400);
  });

  test('opens on the sample: products, a DISTMODEL column and the weights sheet', async () => {
    const snap = (await (await fetch(new URL('/api/snapshot', wb.url))).json()) as Snapshot;
    expect(snap.sheets.map((s) => s.name)).toEqual(['Products', 'DistModel weights']);
    expect(snap.activeSheet).toBe('Products');
    const header = snap.view.cells[0] ?? [];
    expect(header[0]?.text).toBe('Product');
    expect(header.some((c) => c?.input.startsWith('=DISTMODEL('))).toBe(true);
  });

  test('the workbook survives a restart through its save file', async () => {
    await post(wb, '/api/cells', { sheet: 'Products', range: 'Q2', inputs: [['kept'], ['=1+2']] });
    const results = await wb.session.values('Products!M1:M29');
    await post(wb, '/api/file/save', {});
    expect(existsSync(file)).toBe(true);
    await wb.close();
    wb = await startWorkbench({ port: 0, workbookFile: file, autosave: false });
    expect(await wb.session.values('Products!Q2:Q3')).toEqual([['kept'], [3]]);
    expect(await wb.session.formulas('Products!Q3')).toEqual([['=1+2']]);
    // The DISTMODEL column and the named weights range it reads came back too.
    expect(await wb.session.values('Products!M1:M29')).toEqual(results);
  });

  test('CSV export gives displayed values; import replaces the active sheet', async () => {
    const csv = await (await fetch(new URL('/api/csv/export?sheet=Products', wb.url))).text();
    expect(csv.split('\r\n')[0]?.startsWith('Product,Customer,Product type')).toBe(true);
    await post(wb, '/api/sheets', {});
    const snap = await post<Snapshot>(wb, '/api/csv/import', {
      sheet: 'Sheet3',
      text: 'Name,Price\n"Box, big",12\n',
    });
    expect(snap.activeSheet).toBe('Sheet3');
    expect(await wb.session.values('Sheet3!A1:B2')).toEqual([
      ['Name', 'Price'],
      ['Box, big', 12],
    ]);
  });

  test('reset to sample drops the changes', async () => {
    const snap = await post<Snapshot>(wb, '/api/file/reset', {});
    expect(snap.sheets.map((s) => s.name)).toEqual(['Products', 'DistModel weights']);
    expect(await wb.session.values('Products!Q2')).toEqual([['']]);
  });

  test('a script waiting on Ui.alert resumes with the answer the user gives', async () => {
    const events: ServerEvent[] = [];
    const stop = wb.session.onEvent((e) => {
      events.push(e);
      if (e.type === 'dialog') wb.session.answer(e.dialog.id, { button: 'OK', text: '' });
    });
    // On an empty new sheet, Score selected rows finds no product table and says so in an alert.
    await wb.session.addSheet();
    const outcome = await wb.session.run('scoreSelectedRows', []);
    stop();
    expect(outcome).toEqual({ ok: true, value: null });
    const dialog = events.find((e) => e.type === 'dialog');
    expect(dialog).toMatchObject({ dialog: { kind: 'alert', title: 'DistModel', buttons: ['OK'] } });
  });
});
