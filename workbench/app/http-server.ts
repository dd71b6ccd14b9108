// The workbench's HTTP API and static files. Bound to 127.0.0.1 by workbench.ts; requests naming another
// Host are refused (no DNS-rebinding access from web pages), and every POST must be JSON, which browsers
// cannot send cross-origin without a preflight this server never grants.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { type ClientBundles, injectShim, WEB_DIR } from './client-bundles';
import type { DialogAnswer, ServerEvent } from './protocol';
import type { SessionClient } from './session-client';

const MAX_BODY = 50 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown) =>
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value ?? null));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send JSON');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Request too large');
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'The request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'Send a JSON object');
  return parsed as Record<string, unknown>;
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string') throw new HttpError(400, `"${key}" must be text`);
  return v;
}

function int(body: Record<string, unknown>, key: string): number {
  const v = body[key];
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new HttpError(400, `"${key}" must be a whole number`);
  return v;
}

function strings(body: Record<string, unknown>, key: string): string[] {
  const v = body[key];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
    throw new HttpError(400, `"${key}" must be texts`);
  return v as string[];
}

function grid(body: Record<string, unknown>, key: string): string[][] {
  const v = body[key];
  if (!Array.isArray(v) || !v.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) {
    throw new HttpError(400, `"${key}" must be rows of text`);
  }
  return v as string[][];
}

export interface WorkbenchHandlerOptions {
  readonly session: SessionClient;
  readonly bundles: ClientBundles;
  readonly allowedHosts: () => readonly string[];
}

/** Server-sent events to every open page; workbook changes are coalesced to one event per tick. */
class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private changedTimer: NodeJS.Timeout | null = null;
  private latestVersion = 0;

  add(res: ServerResponse, initial: readonly ServerEvent[]): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    for (const event of initial) this.write(res, event);
  }

  publish(event: ServerEvent): void {
    if (event.type === 'changed') {
      this.latestVersion = event.version;
      this.changedTimer ??= setTimeout(() => {
        this.changedTimer = null;
        this.broadcast({ type: 'changed', version: this.latestVersion });
      }, 30);
      return;
    }
    this.broadcast(event);
  }

  close(): void {
    if (this.changedTimer) clearTimeout(this.changedTimer);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(event: ServerEvent): void {
    for (const res of this.clients) this.write(res, event);
  }

  private write(res: ServerResponse, event: ServerEvent): void {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  }
}

export function createHandler(options: WorkbenchHandlerOptions) {
  const { session, bundles } = options;
  const hub = new EventHub();
  session.onEvent((event) => hub.publish(event));
  const indexHtml = readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
  const appCss = readFileSync(path.join(WEB_DIR, 'app.css'), 'utf8');

  const posts: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    '/api/activate': (b) => session.activate(str(b, 'sheet')),
    '/api/select': (b) => session.select(str(b, 'sheet'), str(b, 'range')),
    '/api/cells': (b) => session.setInputs(str(b, 'sheet'), str(b, 'range'), grid(b, 'inputs')),
    '/api/sheets': () => session.addSheet(),
    '/api/viewport': (b) => session.setViewport(int(b, 'top'), int(b, 'rows')),
    '/api/undo': () => session.undo(),
    '/api/format': (b) => session.setNumberFormat(str(b, 'sheet'), str(b, 'range'), str(b, 'format')),
    '/api/checkbox': (b) => session.insertCheckboxes(str(b, 'sheet'), str(b, 'range')),
    '/api/dropdown': (b) => session.setDropdown(str(b, 'sheet'), str(b, 'range'), strings(b, 'options')),
    '/api/validation/remove': (b) => session.removeValidation(str(b, 'sheet'), str(b, 'range')),
    '/api/rows/insert': (b) => session.insertRows(str(b, 'sheet'), int(b, 'at'), int(b, 'count')),
    '/api/rows/delete': (b) => session.deleteRows(str(b, 'sheet'), int(b, 'at'), int(b, 'count')),
    '/api/columns/insert': (b) => session.insertColumns(str(b, 'sheet'), int(b, 'at'), int(b, 'count')),
    '/api/columns/delete': (b) => session.deleteColumns(str(b, 'sheet'), int(b, 'at'), int(b, 'count')),
    '/api/sheet/rename': (b) => session.renameSheet(str(b, 'sheet'), str(b, 'name')),
    '/api/sheet/delete': (b) => session.deleteSheet(str(b, 'sheet')),
    '/api/sheet/duplicate': (b) => session.duplicateSheet(str(b, 'sheet')),
    '/api/sheet/move': (b) => session.moveSheet(str(b, 'sheet'), int(b, 'index')),
    '/api/locale': (b) => session.setLocale(str(b, 'locale')),
    '/api/user-language': (b) => session.setUserLanguage(str(b, 'language')),
    '/api/sidebar/reopen': () => session.reopenSidebar(),
    '/api/menu': (b) => session.run(str(b, 'functionName'), []),
    '/api/run': (b) => {
      const args = b.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
      return session.run(str(b, 'functionName'), args);
    },
    '/api/dialog': async (b) => {
      const answer = b.answer as DialogAnswer | undefined;
      if (typeof b.id !== 'number' || !answer || typeof answer.button !== 'string')
        throw new HttpError(400, 'Bad answer');
      if (!session.answer(b.id, answer)) throw new HttpError(409, 'That dialog is no longer open');
      return null;
    },
    '/api/sidebar/close': () => session.closeSidebar(),
    '/api/html-dialog/close': () => session.closeHtmlDialog(),
    '/api/csv/import': (b) => session.importCsv(str(b, 'sheet'), str(b, 'text')),
    '/api/file/save': () => session.save(),
    '/api/file/reload': () => session.reload(),
    '/api/file/reset': () => session.reset(),
  };

  /**
   * A POST's answer. A request the workbook refuses (an unknown sheet, a range it cannot read, deleting
   * every row) is the client's mistake: 400 with the workbook's message. A TypeError or ReferenceError is
   * the workbench's own bug: 500.
   */
  async function answer(run: () => Promise<unknown>): Promise<unknown> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof HttpError || err instanceof TypeError || err instanceof ReferenceError) throw err;
      throw new HttpError(400, err instanceof Error ? err.message : String(err));
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const host = (req.headers.host ?? '').toLowerCase();
    if (!options.allowedHosts().includes(host))
      throw new HttpError(421, 'Unknown host: open the workbench on localhost');
    if (req.method === 'POST') {
      const handler = posts[url.pathname];
      if (!handler) throw new HttpError(404, 'Not found');
      const body = await readJson(req);
      json(res, await answer(() => handler(body)));
      return;
    }
    if (req.method !== 'GET') throw new HttpError(405, 'Method not allowed');
    const shown = /^\/(?:sidebar|dialog)\/(\d+)$/.exec(url.pathname);
    if (shown) {
      const html = await session.pageHtml(Number(shown[1]));
      if (html === null) throw new HttpError(404, 'That sidebar or dialog is closed');
      send(res, 200, 'text/html; charset=utf-8', injectShim(html, bundles.shimJs));
      return;
    }
    switch (url.pathname) {
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', indexHtml);
      case '/app.js':
        return send(res, 200, 'text/javascript; charset=utf-8', bundles.appJs);
      case '/app.css':
        return send(res, 200, 'text/css; charset=utf-8', appCss);
      case '/favicon.ico':
        res.writeHead(204).end();
        return;
      case '/api/snapshot':
        return json(res, await session.snapshot());
      case '/api/events': {
        const initial: ServerEvent[] = session.dialog ? [{ type: 'dialog', dialog: session.dialog }] : [];
        hub.add(res, initial);
        return;
      }
      case '/api/csv/export': {
        const sheet = url.searchParams.get('sheet') ?? '';
        const csv = await session.exportCsv(sheet);
        res.setHeader('content-disposition', `attachment; filename="${sheet.replace(/[^\w .-]/g, '_')}.csv"`);
        return send(res, 200, 'text/csv; charset=utf-8', csv);
      }
      default:
        throw new HttpError(404, 'Not found');
    }
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (!res.headersSent)
        send(res, status, 'text/plain; charset=utf-8', err instanceof Error ? err.message : String(err));
      else res.end();
    });
  };
  return { handler, closeEvents: () => hub.close() };
}
