// Issue #19: one typed formula goes over Google's reported result limit (493,952 cells) above 41,162 rows of
// the "all" output (12 columns) and 17,641 rows of DISTMODEL_SENSITIVITY (28 columns with 13 factors). Before that, the formula answers with a short
// message saying how to split it; below it, nothing changes.
import { describe, expect, it } from 'vitest';
import { harness, productsSheet } from './support';

/** A products range of `rows` rows (header included), as Sheets hands it to the function. */
function range(rows: number): unknown[][] {
  const [header, ...products] = productsSheet(28);
  return [header as unknown[], ...Array.from({ length: rows - 1 }, (_, i) => products[i % 28] as unknown[])];
}

describe('a typed formula too large for one result', () => {
  const h = harness();
  const call =
    (fn: string, ...args: unknown[]) =>
    () =>
      h.call<unknown[][]>(fn, ...args);

  it('"all" answers up to 41,162 rows and says how to split 41,163', () => {
    expect(call('DISTMODEL', range(41_162), '', 'all')()).toHaveLength(41_162);
    const tooMany = call('DISTMODEL', range(41_163), '', 'all');
    expect(tooMany).toThrow(/^DISTMODEL: 41,163 rows of the "all" output .*at most 41,000 rows.*sidebar/);
    try {
      tooMany();
    } catch (err) {
      expect((err as Error).message.length).toBeLessThan(300);
    }
  });

  it('DISTMODEL_SENSITIVITY answers up to 17,641 rows (28 columns) and says how to split 17,642', () => {
    expect(call('DISTMODEL_SENSITIVITY', range(17_641))()).toHaveLength(17_641);
    expect(call('DISTMODEL_SENSITIVITY', range(17_642))).toThrow(/at most 17,000 rows/);
  });

  it('each output by its own width: 100,000 rows of "model" are one column, well within', () => {
    expect(call('DISTMODEL', range(100_000))()).toHaveLength(100_000);
    expect(call('DISTMODEL', range(100_000), '', 'scores')()).toHaveLength(100_000);
    expect(call('DISTMODEL', range(100_000), '', 'explain')()).toHaveLength(100_000);
  });
});
