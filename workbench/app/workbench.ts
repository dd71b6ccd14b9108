// Starts the workbench: the session worker (stand-in workbook + built add-on), the page's bundles and the
// HTTP server. Used by `npm start` (workbench/server.ts) and by the browser tests.
//
// The workbench is a development and demonstration tool: it listens on 127.0.0.1 ONLY, never on a public
// interface, and answers only requests addressed to localhost.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DIST_DIR, readBuiltCode } from '../vm';
import { buildClientBundles } from './client-bundles';
import { createHandler } from './http-server';
import { type SessionClient, SessionConnection } from './session-client';
import { DEFAULT_WORKBOOK_FILE } from './workbook-file';

export const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';

export interface WorkbenchOptions {
  /** TCP port; 0 picks a free one (tests). Default 8080. */
  readonly port?: number;
  /** Save file: loaded on start when present, written on save. Default .workbench/workbook.json. */
  readonly workbookFile?: string;
  /** Save after every change (default true), so work survives a restart. */
  readonly autosave?: boolean;
  /** Where the built add-on is (Code.js, Sidebar.html). Default dist/. */
  readonly distDir?: string;
}

export interface Workbench {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly port: number;
  readonly workbookFile: string;
  /** The running session: inspect or change the workbook from a test (values, run, setInputs, ...). */
  readonly session: SessionClient;
  close(): Promise<void>;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const distDir = options.distDir ?? DIST_DIR;
  if (!existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`${path.join(distDir, 'Code.js')} is missing: run "npm run build" first`);
  }
  const workbookFile = path.resolve(options.workbookFile ?? DEFAULT_WORKBOOK_FILE);
  const [session, bundles] = await Promise.all([
    SessionConnection.start({ workbookFile, code: readBuiltCode(distDir), htmlDir: distDir }),
    buildClientBundles(),
  ]);

  let port = options.port ?? DEFAULT_PORT;
  const { handler, closeEvents } = createHandler({
    session,
    bundles,
    allowedHosts: () => [`127.0.0.1:${port}`, `localhost:${port}`],
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  let saveTimer: NodeJS.Timeout | null = null;
  /** The autosave under way, awaited on close so the worker is not stopped in the middle of it. */
  let saving: Promise<unknown> = Promise.resolve();
  const stopAutosave =
    options.autosave === false
      ? () => undefined
      : session.onEvent((event) => {
          if (event.type !== 'changed') return;
          if (saveTimer) clearTimeout(saveTimer);
          saveTimer = setTimeout(() => {
            saveTimer = null;
            saving = session.save().catch((err: unknown) => console.error(`Autosave failed: ${String(err)}`));
          }, 500);
        });

  return {
    url: `http://${HOST}:${port}/`,
    port,
    workbookFile,
    session,
    async close() {
      stopAutosave();
      await saving;
      if (saveTimer) {
        clearTimeout(saveTimer);
        await session.save().catch(() => undefined);
      }
      closeEvents();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await session.close();
    },
  };
}
