#!/usr/bin/env node
// `npx distmodel ...` from a clone after `npm ci`: runs the TypeScript command line (src/cli/main.ts)
// through tsx, a dev dependency, so there is nothing to build first.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`distmodel score big.csv | head`) closes the pipe: that ends the run quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
