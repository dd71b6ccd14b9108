// Issue #2, section 3: the default table must recommend the expected model for every row of the shared
// calibration data, and the fixture this suite reads must be that data, byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distmodel, findPreset, MODEL_DISPLAY_NAMES, type PresetName } from '../../../src/engine/index';
import {
  CALIBRATION_FIXTURE,
  type CalibrationProduct,
  readCalibration,
  SHARED_CALIBRATION,
  SHARED_CALIBRATION_SHA256,
} from '../../support/calibration';
import { knownLevelsOf, referenceScore } from '../support';

const calibration = readCalibration();
const block = [calibration.header, ...calibration.products.map((p) => p.cells)];

function recommended(preset: PresetName): Map<string, string> {
  const out = distmodel(block, preset, 'model');
  expect(out).toHaveLength(block.length);
  return new Map(calibration.products.map((p, i) => [p.product, out[i + 1]?.[0] as string]));
}

describe('calibration fixture', () => {
  it('holds the 28 documented products, each expecting one of the four models', () => {
    expect(calibration.products).toHaveLength(28);
    for (const p of calibration.products) expect(MODEL_DISPLAY_NAMES).toContain(p.expected);
    // Every model is represented, so "always answer X" cannot pass.
    expect(new Set(calibration.products.map((p) => p.expected)).size).toBe(4);
  });

  // Issue #17: nothing is skipped on a clean clone. The shared file's hash is pinned here; beside the
  // shared data the two files are also compared directly.
  it('is byte-identical to ../shared/data/calibration-products.csv (its pinned SHA-256)', () => {
    const fixture = readFileSync(CALIBRATION_FIXTURE);
    expect(createHash('sha256').update(fixture).digest('hex')).toBe(SHARED_CALIBRATION_SHA256);
    if (existsSync(SHARED_CALIBRATION)) expect(fixture.equals(readFileSync(SHARED_CALIBRATION))).toBe(true);
  });
});

describe('Balanced preset on the calibration data', () => {
  const got = recommended('Balanced');

  it.each(calibration.products.map((p) => [p.product, p] as const))('%s', (_name, product) => {
    expect(got.get(product.product)).toBe(product.expected);
  });

  it('is also the default when no weights are given', () => {
    expect(distmodel(block)).toEqual(distmodel(block, 'Balanced'));
    expect(distmodel(block, '')).toEqual(distmodel(block, 'Balanced'));
  });

  it('agrees with the reference scoring rule on every row (scores to one decimal)', () => {
    const table = findPreset('Balanced')?.table;
    if (!table) throw new Error('no Balanced preset');
    const out = distmodel(block, 'Balanced', 'all');
    calibration.products.forEach((p, i) => {
      const ref = referenceScore(table, knownLevelsOf(calibration.header, p.cells));
      const row = out[i + 1] as unknown[];
      expect(row[0]).toBe(MODEL_DISPLAY_NAMES[ref.best]);
      ref.scores.forEach((s, m) => {
        expect(Math.abs((row[m + 1] as number) - s)).toBeLessThanOrEqual(0.1 + 1e-9);
      });
    });
  });
});

/** Each specialised preset must still get right the calibration products of its own domain. */
const DOMAIN_ROWS: Readonly<Record<Exclude<PresetName, 'Balanced'>, (p: CalibrationProduct) => boolean>> = {
  'B2B software': (p) => p.cells[2] === 'Software',
  'Consumer packaged goods': (p) => p.expected === 'Open resale',
  'Luxury and prestige goods': (p) => /watch/i.test(p.product),
  'Industrial equipment': (p) => /tractor|excavator|engine|MRI/i.test(p.product),
};

describe.each(Object.entries(DOMAIN_ROWS))('%s preset on its own domain', (preset, inDomain) => {
  const rows = calibration.products.filter(inDomain);
  const got = recommended(preset as PresetName);

  it('has calibration rows to check', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows.map((p) => [p.product, p] as const))('%s', (_name, product) => {
    expect(got.get(product.product)).toBe(product.expected);
  });
});

describe('domain selections', () => {
  const pick = (preset: keyof typeof DOMAIN_ROWS) => calibration.products.filter(DOMAIN_ROWS[preset]);

  it('read the Product type column where the fixture has it', () => {
    expect(calibration.header[2]).toBe('Product type');
  });

  it('cover software sold both ways, the watch, and the four industrial products', () => {
    expect(new Set(pick('B2B software').map((p) => p.expected))).toEqual(
      new Set(['Direct (assisted sales)', 'Direct (automated purchase)']),
    );
    expect(pick('Luxury and prestige goods')).toHaveLength(1);
    expect(pick('Industrial equipment')).toHaveLength(4);
    expect(pick('Consumer packaged goods').every((p) => p.cells[2] === 'Physical')).toBe(true);
  });
});
