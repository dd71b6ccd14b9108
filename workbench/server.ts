// `npm start`: builds (see package.json), then serves the workbench on http://localhost:$PORT (default
// 8080). It listens on 127.0.0.1 only: the workbench is a development and demonstration tool, never a
// server for other machines. It reopens .workbench/workbook.json when present, else the sample products.
import { DEFAULT_PORT, startWorkbench } from './app/workbench';

const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}

const workbench = await startWorkbench({ port, workbookFile: process.env.WORKBOOK_FILE || undefined }).catch(
  (err: unknown) => {
    // A save file that cannot be read is left as it is (never overwritten): say which and how to go on.
    console.error(`The workbench could not start: ${err instanceof Error ? err.message : String(err)}`);
    console.error(
      'Move the workbook file away (or set WORKBOOK_FILE to another path) to start on the sample.',
    );
    process.exit(1);
  },
);
console.log(`DistModel workbench: http://localhost:${workbench.port}/ (listening on 127.0.0.1 only)`);
console.log(
  `Workbook file: ${workbench.workbookFile} (saved after every change; File > Reset to sample starts over)`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    workbench.close().finally(() => process.exit(0));
  });
}
