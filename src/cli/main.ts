// The `distmodel` command: the engine on a laptop, outside Sheets.
//   distmodel score products.csv [--weights weights.csv | --preset NAME] [--output model|scores|all]
//                                [--locale de_DE] [--progress | --no-progress]
//   distmodel sql [--dataset NAME]
// Results go to stdout, progress and messages to stderr. Exit codes: 0 done, 2 a wrong call (unknown
// option, unreadable weights or header), 1 anything else.
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { CallError, parseOutputKind, resolveWeights, type Scorer, scorerFromWeightsText } from '../engine';
import { startProgress } from './progress';
import { productsParser, resultsWriter, type ScoreCounts, scoringStream } from './score-csv';

export const USAGE = `Usage:
  distmodel score PRODUCTS.csv [--weights WEIGHTS.csv | --preset NAME] [--output model|scores|all]
                               [--locale de_DE] [--progress | --no-progress]
      Scores every product of PRODUCTS.csv (- for standard input; the first line names the columns) and
      writes the CSV with DISTMODEL's output columns added to standard output. Text amounts such as
      "$12,000" are read in --locale, else in the environment's (LC_ALL, LC_NUMERIC or LANG).
  distmodel sql [--dataset NAME]
      Prints the SQL that creates the BigQuery function NAME.distmodel (NAME: ds unless given).`;

/** Where a run writes: stdout for results, stderr for everything else (tests pass their own). */
export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  /** The environment the locale is read from when --locale is not given (process.env unless a test's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The locale of the environment, as command-line tools read it (POSIX: LC_ALL, then LC_NUMERIC, then
 * LANG), such as "en_US" from "en_US.UTF-8"; null when none is set or it is "C" / "POSIX", which name no
 * decimal mark. Source: POSIX.1-2017, Base Definitions, 8.2 Internationalization Variables.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | null {
  const value = env.LC_ALL || env.LC_NUMERIC || env.LANG || '';
  const name = value.split(/[.@]/)[0] ?? '';
  return name === '' || name === 'C' || name === 'POSIX' ? null : name;
}

/** A wrong call: its message is printed with the usage, and the exit code is 2. */
class UsageError extends Error {}

async function weightsOf(values: { weights?: string; preset?: string }): Promise<Scorer> {
  if (values.weights !== undefined && values.preset !== undefined)
    throw new UsageError('Give --weights or --preset, not both.');
  if (values.preset !== undefined) return resolveWeights(values.preset);
  if (values.weights === undefined) return resolveWeights('');
  const text = await readFile(values.weights, 'utf8').catch(() => {
    throw new UsageError(`--weights: cannot read the file "${values.weights}".`);
  });
  return scorerFromWeightsText(text.replace(/^\uFEFF/, ''));
}

async function score(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      weights: { type: 'string' },
      preset: { type: 'string' },
      output: { type: 'string' },
      locale: { type: 'string' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1)
    throw new UsageError('score: give one products CSV file (or - for standard input).');
  const scorer = await weightsOf(values);
  const kind = parseOutputKind(values.output);
  const fromStdin = file === '-';
  let size = 0;
  if (!fromStdin) {
    try {
      size = statSync(file).size;
    } catch {
      throw new UsageError(`score: cannot read the file "${file}".`);
    }
  }
  const input = fromStdin ? io.stdin : createReadStream(file);
  const progress = startProgress(io.stderr, size, {
    forced: values.progress === true ? true : values['no-progress'] === true ? false : null,
  });
  const counts: ScoreCounts = { products: 0, messages: 0, unreadable: 0 };
  const parser = productsParser((line, message) => {
    counts.unreadable++;
    io.stderr.write(`${file} line ${line}: not read as CSV (${message}); skipped.\n`);
  });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      progress.advance(chunk.length);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      input,
      counter,
      parser,
      scoringStream(
        { scorer, kind, reading: { locale: values.locale ?? environmentLocale(io.env ?? process.env) } },
        counts,
      ),
      resultsWriter(),
      io.stdout,
      { end: io.stdout !== process.stdout },
    );
  } finally {
    progress.stop();
  }
  const messages = counts.messages > 0 ? `, ${counts.messages} with a message instead of a model` : '';
  const unreadable = counts.unreadable > 0 ? `, ${counts.unreadable} line(s) not read as CSV` : '';
  io.stderr.write(`Scored ${counts.products} product(s)${messages}${unreadable}.\n`);
}

async function sql(args: string[], io: Io): Promise<void> {
  const { values } = parseArgs({ args, options: { dataset: { type: 'string' } } });
  // The build script bundles the UDF body; loaded only here so `score` never pays for esbuild.
  const { bigQuerySql } = await import('../../scripts/bigquery.mjs');
  try {
    io.stdout.write(await bigQuerySql(values.dataset));
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('dataset:')) throw new UsageError(err.message);
    throw err;
  }
}

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'score') await score(rest, io);
    else if (command === 'sql') await sql(rest, io);
    else if (command === undefined || command === 'help' || command === '--help')
      io.stdout.write(`${USAGE}\n`);
    else throw new UsageError(`Unknown command "${command}".`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof CallError || isArgsError(err)) {
      io.stderr.write(`distmodel: ${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`distmodel: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** parseArgs' errors for unknown or malformed options (code ERR_PARSE_ARGS_*). */
function isArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
