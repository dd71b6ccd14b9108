// The explanation sentence: the winner and its score, the runner-up, the margin, and the factors that pushed
// for the winner and against it, consistent with the contributions the engine reports.
import { describe, expect, it } from 'vitest';
import {
  CLOSE_CALL_MARGIN,
  distmodel,
  MODEL_IDS,
  MODEL_NAMES,
  resolveWeights,
  scoreProduct,
} from '../../src/engine/index';
import { readCalibration } from '../support/calibration';

const scorer = resolveWeights('Balanced');
const calibration = readCalibration();

function explanation(headers: readonly unknown[], values: readonly unknown[]) {
  const result = scoreProduct(scorer, headers, values);
  if (result.status !== 'scored') throw new Error(JSON.stringify(result));
  return result.explanation;
}

/** The "For it:" or "Against it:" list of a sentence, as [factor, level, signed points] items. */
function listed(
  sentence: string,
  label: 'For' | 'Against',
): { factor: string; level: string; points: number }[] {
  const part = new RegExp(`${label} it: (.*?)\\.(?: [A-Z][a-z]+ it:|$)`).exec(sentence)?.[1];
  if (!part) return [];
  return [...part.matchAll(/([^,=]+) = (.+?) \(([+-]\d+)\)/g)].map((m) => ({
    factor: (m[1] as string).trim(),
    level: m[2] as string,
    points: Number(m[3]),
  }));
}

describe('a worked example', () => {
  it('Customer = B2C, Product type = Software', () => {
    // From the affinity table (see scoring.test.ts): automated 100, assisted 25, dealers 33.3, open resale 40.
    // Automated's span is 5 (low 0 - 2, high 1 + 2); Customer B2C sits 1 - 0.5 above its mid -> +10,
    // Software 2 - 0 above its mid -> +40, and nothing pushes against it.
    const e = explanation(['Customer', 'Product type'], ['B2C', 'Software']);
    expect(e.sentence).toBe(
      'Direct (automated purchase) scores 100 out of 100, 60 points ahead of Open resale at 40. For it: Product type = Software (+40), Customer = B2C (+10).',
    );
  });

  it('a factor against the winner is listed under "Against it:" with a minus sign', () => {
    // B2B software at 20 USD: Customer B2B is 0 for automated, below the middle (0.5) of its range [0, 1].
    const e = explanation(['Customer', 'Product type', 'Price'], ['B2B', 'Software', 20]);
    expect(e.modelName).toBe('Direct (automated purchase)');
    expect(listed(e.sentence, 'Against')).toEqual([
      { factor: 'Customer', level: 'B2B', points: expect.any(Number) },
    ]);
    expect(listed(e.sentence, 'Against')[0]?.points).toBeLessThan(0);
  });
});

describe.each(calibration.products.map((p) => [p.product, p] as const))('explanation of %s', (_name, p) => {
  const e = explanation(calibration.header, p.cells);
  const m = MODEL_IDS.indexOf(e.model);
  const winner = e.scores[m];

  it('names the winner and its score first, then the margin and the runner-up, as the cells show them', () => {
    const runnerUp = e.scores[MODEL_IDS.indexOf(e.runnerUp)] as number;
    const close = e.closeCall ? 'Close call: ' : '';
    if (e.margin === 0) {
      expect(
        e.sentence.startsWith(`${close}${e.modelName} and ${MODEL_NAMES[e.runnerUp]} tie at ${winner} `),
      ).toBe(true);
    } else {
      expect(e.sentence.startsWith(`${close}${e.modelName} scores ${winner} out of 100, `)).toBe(true);
      expect(e.sentence).toMatch(new RegExp(` ${e.margin} points? ahead of `));
      expect(e.sentence).toContain(`ahead of ${MODEL_NAMES[e.runnerUp]} at ${runnerUp}`);
    }
    expect(e.sentence.startsWith('Close call:')).toBe(e.closeCall);
    expect(e.closeCall).toBe(e.margin < CLOSE_CALL_MARGIN);
  });

  it('lists under "For it:" the strongest factors for the winner, at most three, strongest first', () => {
    const pros = e.contributions.filter((c) => (c.points[m] as number) >= 0.5);
    const got = listed(e.sentence, 'For');
    expect(got).toHaveLength(Math.min(3, pros.length));
    for (const item of got) {
      const c = e.contributions.find((x) => x.factor === item.factor);
      expect(c?.level).toBe(item.level);
      expect(item.points).toBe(Math.round(c?.points[m] as number));
      expect(item.points).toBeGreaterThan(0);
    }
    for (let i = 1; i < got.length; i++)
      expect(got[i]?.points).toBeLessThanOrEqual(got[i - 1]?.points as number);
    // Nothing left out is stronger than what is listed.
    const weakest = Math.min(...got.map((g) => g.points));
    for (const c of pros.filter((c) => !got.some((g) => g.factor === c.factor))) {
      expect(Math.round(c.points[m] as number)).toBeLessThanOrEqual(weakest);
    }
  });

  it('lists under "Against it:" the factors that pull the winner down, at most two', () => {
    const cons = e.contributions.filter((c) => (c.points[m] as number) <= -0.5);
    const got = listed(e.sentence, 'Against');
    expect(got).toHaveLength(Math.min(2, cons.length));
    for (const item of got) {
      expect(item.points).toBeLessThan(0);
      expect(item.points).toBe(
        Math.round(e.contributions.find((c) => c.factor === item.factor)?.points[m] as number),
      );
    }
  });

  it('is the sentence DISTMODEL shows for output "explain"', () => {
    expect(distmodel([calibration.header, p.cells], 'Balanced', 'explain')[1]).toEqual([e.sentence]);
  });
});

describe('close calls and ties in words', () => {
  it('a close call says so and asks to consider both', () => {
    // Customer = Both alone: automated and open resale both at their best (+1 of [0, 1] and [-1, 1]).
    const e = explanation(['Customer'], ['Both']);
    expect(e.margin).toBe(0);
    expect(e.sentence).toMatch(
      /^Close call: Direct \(automated purchase\) and Open resale tie at 100 out of 100 .*; consider both\./,
    );
  });
});
