// The entry point for hosts other than Sheets (issue #20, §1): one product keyed by header and a weights
// table (CSV text or preset name, blank = Balanced) in; model, four scores, margin, confidence and evidence
// out, the very figures DISTMODEL shows for the same product. The column mapping is cached per header set,
// which must never carry one record's values into another's answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_FACTORS,
  createRecordScorer,
  distmodel,
  HOST_FIELDS,
  type HostResult,
  OUTPUT_HEADERS,
  PRESET_NAMES,
  PRODUCT_COLUMN,
  presetScorer,
  presetTable,
  type Scorer,
  scoreRecord,
  weightsTableToGrid,
} from '../../../src/engine/index';

const RUNS = { numRuns: 200 };

/** DISTMODEL's "all" cells for one product, as the host's fields. */
function viaDistmodel(record: Record<string, unknown>, weights: unknown): HostResult {
  const keys = Object.keys(record);
  const [, cells = []] = distmodel([keys, keys.map((k) => record[k])], weights, 'all');
  const at = (name: string) => OUTPUT_HEADERS.all.indexOf(name);
  const message = typeof cells[1] !== 'number';
  const out: HostResult = {};
  HOST_FIELDS.forEach((field, i) => {
    out[field.name] = message ? null : ((i < 5 ? cells[i] : null) as string | number | null);
  });
  out.model = cells[0] === '' ? null : (cells[0] as string);
  if (!message) {
    out.margin = cells[at('Margin')] as number;
    out.confidence = cells[at('Confidence')] as string;
    out.evidence = cells[at('Evidence')] as string;
  }
  return out;
}

const value: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...BUILT_IN_FACTORS.flatMap((f) => f.levels)), weight: 6 },
  { arbitrary: fc.constantFrom('', null, 'n/a', 'Martians', '12k', '$1,200', true, false), weight: 2 },
  { arbitrary: fc.double({ min: -10, max: 1e7, noNaN: true }), weight: 2 },
);

/** A product as a warehouse row: the product name and some factors, in any order, some values bad. */
const record: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.subarray(
      BUILT_IN_FACTORS.map((f) => f.name),
      { minLength: 1 },
    ),
    fc.array(value, { minLength: BUILT_IN_FACTORS.length, maxLength: BUILT_IN_FACTORS.length }),
    fc.string({ maxLength: 8 }),
  )
  .chain(([names, values, product]) =>
    fc.shuffledSubarray([PRODUCT_COLUMN.name, ...names], { minLength: names.length + 1 }).map((keys) => {
      const out: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        out[k] = k === PRODUCT_COLUMN.name ? product : values[i];
      });
      return out;
    }),
  );

describe('scoreRecord', () => {
  it('gives the figures DISTMODEL shows for the same product, under every preset', () => {
    fc.assert(
      fc.property(record, fc.constantFrom('', ...PRESET_NAMES), (product, preset) => {
        expect(scoreRecord(product, preset)).toEqual(viaDistmodel(product, preset));
      }),
      RUNS,
    );
  });

  it('answers each record as if it came alone, whatever came before (the column cache keeps no values)', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 80 }), (records) => {
        const shared = createRecordScorer(presetScorer('Balanced') as Scorer);
        const inTurn = records.map((r) => shared.score(r));
        const alone = records.map((r) => createRecordScorer(presetScorer('Balanced') as Scorer).score(r));
        expect(inTurn).toEqual(alone);
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on the order of the keys', () => {
    fc.assert(
      fc.property(record, fc.integer({ min: 1, max: 20 }), (product, turn) => {
        const keys = Object.keys(product);
        const turned = Object.fromEntries(
          keys.map((_, i) => keys[(i + turn) % keys.length] as string).map((k) => [k, product[k]]),
        );
        expect(scoreRecord(turned, '')).toEqual(scoreRecord(product, ''));
      }),
      RUNS,
    );
  });

  it('reads a weights table given as CSV text as the same table in a sheet', () => {
    const grid = weightsTableToGrid(presetTable('Luxury and prestige goods'));
    const csv = grid
      .map((row) => row.map((c) => (/[",]/.test(String(c)) ? `"${c}"` : c)).join(','))
      .join('\r\n');
    const product = { Product: 'Watch', Customer: 'B2C', Price: 12_000, 'See before buying': 'Yes' };
    expect(scoreRecord(product, csv)).toEqual(scoreRecord(product, 'Luxury and prestige goods'));
    expect(scoreRecord(product, '  Luxury and prestige goods ')).toEqual(
      scoreRecord(product, 'Luxury and prestige goods'),
    );
    expect(scoreRecord(product, null)).toEqual(scoreRecord(product, 'Balanced'));
  });

  it('puts a message in model, and null elsewhere, for what it cannot score; it never throws', () => {
    const product = { Product: 'X', Customer: 'B2B' };
    const nulls = Object.fromEntries(HOST_FIELDS.map((f) => [f.name, null]));
    expect(scoreRecord(product, 'Factor,Level\nPrice,0')).toEqual({
      ...nulls,
      model: expect.stringMatching(/^weights: Weights table row 1: the column "Weight" is missing/),
    });
    expect(scoreRecord(product, 'Luxury')).toEqual({
      ...nulls,
      model: expect.stringMatching(/^weights: .* neither a weights table range nor a preset/),
    });
    expect(scoreRecord({ Product: 'Only a name' }, '')).toEqual({
      ...nulls,
      model: 'No factor values to score: fill at least one factor column.',
    });
    expect(scoreRecord({}, '')).toEqual(nulls);
    expect(scoreRecord(null, '')).toEqual(nulls);
    expect(scoreRecord([1, 2] as unknown as Record<string, unknown>, '')).toEqual(nulls);
  });

  it('reads warehouse column names (underscores, any case) as the headers they spell', () => {
    const sheet = { Product: 'P', 'Purchase frequency': 'Rare', 'Local service': 'Yes', Price: 900 };
    const warehouse = { product: 'P', purchase_frequency: 'Rare', LOCAL_SERVICE: 'Yes', price: 900 };
    expect(scoreRecord(warehouse, '')).toEqual(scoreRecord(sheet, ''));
  });
});
