// The page's calls to the workbench server. Every mutation answers with a fresh Snapshot.
import type { DialogAnswer, RunOutcome, ServerEvent, Snapshot } from '../app/protocol';

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(text || `${res.status} ${res.statusText}`);
  return (text ? JSON.parse(text) : null) as T;
}

export const api = {
  snapshot: () => send<Snapshot>('GET', '/api/snapshot'),
  activate: (sheet: string) => send<Snapshot>('POST', '/api/activate', { sheet }),
  select: (sheet: string, range: string) => send<null>('POST', '/api/select', { sheet, range }),
  setInputs: (sheet: string, range: string, inputs: string[][]) =>
    send<Snapshot>('POST', '/api/cells', { sheet, range, inputs }),
  addSheet: () => send<Snapshot>('POST', '/api/sheets', {}),
  viewport: (top: number, rows: number) => send<Snapshot>('POST', '/api/viewport', { top, rows }),
  undo: () => send<Snapshot>('POST', '/api/undo', {}),
  setNumberFormat: (sheet: string, range: string, format: string) =>
    send<Snapshot>('POST', '/api/format', { sheet, range, format }),
  insertCheckboxes: (sheet: string, range: string) =>
    send<Snapshot>('POST', '/api/checkbox', { sheet, range }),
  setDropdown: (sheet: string, range: string, options: string[]) =>
    send<Snapshot>('POST', '/api/dropdown', { sheet, range, options }),
  removeValidation: (sheet: string, range: string) =>
    send<Snapshot>('POST', '/api/validation/remove', { sheet, range }),
  insertRows: (sheet: string, at: number, count: number) =>
    send<Snapshot>('POST', '/api/rows/insert', { sheet, at, count }),
  deleteRows: (sheet: string, at: number, count: number) =>
    send<Snapshot>('POST', '/api/rows/delete', { sheet, at, count }),
  insertColumns: (sheet: string, at: number, count: number) =>
    send<Snapshot>('POST', '/api/columns/insert', { sheet, at, count }),
  deleteColumns: (sheet: string, at: number, count: number) =>
    send<Snapshot>('POST', '/api/columns/delete', { sheet, at, count }),
  renameSheet: (sheet: string, name: string) => send<Snapshot>('POST', '/api/sheet/rename', { sheet, name }),
  deleteSheet: (sheet: string) => send<Snapshot>('POST', '/api/sheet/delete', { sheet }),
  duplicateSheet: (sheet: string) => send<Snapshot>('POST', '/api/sheet/duplicate', { sheet }),
  moveSheet: (sheet: string, index: number) => send<Snapshot>('POST', '/api/sheet/move', { sheet, index }),
  setLocale: (locale: string) => send<Snapshot>('POST', '/api/locale', { locale }),
  setUserLanguage: (language: string) => send<Snapshot>('POST', '/api/user-language', { language }),
  reopenSidebar: () => send<null>('POST', '/api/sidebar/reopen', {}),
  runMenu: (functionName: string) => send<RunOutcome>('POST', '/api/menu', { functionName }),
  runScript: (functionName: string, args: unknown[]) =>
    send<RunOutcome>('POST', '/api/run', { functionName, args }),
  answer: (id: number, answer: DialogAnswer) => send<null>('POST', '/api/dialog', { id, answer }),
  importCsv: (sheet: string, text: string) => send<Snapshot>('POST', '/api/csv/import', { sheet, text }),
  save: () => send<{ file: string }>('POST', '/api/file/save', {}),
  reload: () => send<Snapshot>('POST', '/api/file/reload', {}),
  reset: () => send<Snapshot>('POST', '/api/file/reset', {}),
  closeSidebar: () => send<null>('POST', '/api/sidebar/close', {}),
  closeHtmlDialog: () => send<null>('POST', '/api/html-dialog/close', {}),
};

export function csvExportUrl(sheet: string): string {
  return `/api/csv/export?sheet=${encodeURIComponent(sheet)}`;
}

export function sidebarUrl(id: number): string {
  return `/sidebar/${id}`;
}

export function htmlDialogUrl(id: number): string {
  return `/dialog/${id}`;
}

/** Server-sent events: workbook changes, dialogs and sidebars opened by the add-on. */
export function listen(onEvent: (event: ServerEvent) => void): EventSource {
  const source = new EventSource('/api/events');
  source.onmessage = (msg) => onEvent(JSON.parse(msg.data) as ServerEvent);
  return source;
}
