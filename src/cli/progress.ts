// The progress bar of `distmodel score`, on stderr (stdout carries the results): bytes of the products file
// read so far, drawn by cli-progress. Shown when stderr is a terminal or the file is large, unless the
// user says otherwise; on a non-terminal (a CI log) cli-progress prints a line every few seconds instead
// of redrawing.
import { SingleBar } from 'cli-progress';

/** Files from this size (bytes) get a progress bar even when stderr is not a terminal: 50 MB. */
export const LARGE_FILE_BYTES = 50 * 1024 * 1024;

export interface Progress {
  advance(bytes: number): void;
  stop(): void;
}

const NONE: Progress = { advance() {}, stop() {} };

/**
 * A progress bar over `total` bytes on `stderr`; `forced` true/false overrides the rule (--progress,
 * --no-progress). Without a known size (standard input) there is no bar.
 */
export function startProgress(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  total: number,
  { forced }: { forced: boolean | null },
): Progress {
  const wanted = forced ?? (stderr.isTTY === true || total >= LARGE_FILE_BYTES);
  if (!wanted || total <= 0) return NONE;
  const bar = new SingleBar({
    stream: stderr,
    format: 'Scoring [{bar}] {percentage}% | {eta_formatted} left',
    noTTYOutput: stderr.isTTY !== true,
    notTTYSchedule: 5000,
    hideCursor: true,
  });
  bar.start(total, 0);
  let done = 0;
  return {
    advance(bytes) {
      done += bytes;
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
