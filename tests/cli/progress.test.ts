// The progress bar of `distmodel score` goes to stderr only, and only when it helps: a terminal, a large
// file, or when asked; never for standard input (no size to measure against).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES, startProgress } from '../../src/cli/progress';

function stderr(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const text: string[] = [];
  stream.on('data', (c) => text.push(String(c)));
  return { stream, text };
}

describe('startProgress', () => {
  it('draws nothing for a small file on a non-terminal, or when told not to, or without a size', () => {
    for (const [isTTY, total, forced] of [
      [false, 1000, null],
      [true, 1000, false],
      [true, 0, true],
    ] as const) {
      const { stream, text } = stderr(isTTY);
      const progress = startProgress(stream, total, { forced });
      progress.advance(500);
      progress.stop();
      expect(text.join('')).toBe('');
    }
  });

  it('reports a large file on a non-terminal, and any file when asked', () => {
    for (const [total, forced] of [
      [LARGE_FILE_BYTES, null],
      [1000, true],
    ] as const) {
      const { stream, text } = stderr(false);
      const progress = startProgress(stream, total, { forced });
      progress.advance(total);
      progress.stop();
      expect(text.join('')).toMatch(/Scoring \[.*\] 100%/);
    }
  });
});
