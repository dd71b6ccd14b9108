// The explanation sentence: the winner and its score, the runner-up, the margin, the evidence, and the
// factors that pushed for the winner and against it, consistent with the contributions the engine reports.
import { describe, expect, it } from 'vitest';
import { distmodel, MODEL_IDS, MODEL_NAMES, resolveWeights, scoreProduct } from '../../../src/engine/index';
import { readCalibration } from '../../support/calibration';
import { domainGrid } from '../support';

/** The documented domain table (11 factors, weight 1): the sentences are checked on fixed numbers. */
const DOMAIN = domainGrid();
const scorer = resolveWeights(DOMAIN);
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
  return [...part.matchAll(/([^,=]+) = (.+?) \(([+-]\d+\.\d)\)/g)].map((m) => ({
    factor: (m[1] as string).trim(),
    level: m[2] as string,
    points: Number(m[3]),
  }));
}

describe('a worked example', () => {
  it('Customer = B2C, Product type = Software', () => {
    // Balanced: 11 factors of weight 1, so a point per affinity unit is 50 / 11. Automated: B2C +1,
    // Software +2 -> 150/11 = 13.6; open resale: +1 - 2 -> -4.5; the runner-up is assisted (-1 + 1 = 0) and
    // dealers (+1 - 1 = 0), assisted listed first. Contributions for automated: 4.5 + 9.1 = 13.6.
    const e = explanation(['Customer', 'Product type'], ['B2C', 'Software']);
    expect(
      e.sentence.startsWith(
        'Thin evidence: this rests on only 2 of 11 factors, 18% of the weight; fill in more factors before relying on it. Close call: Direct (automated purchase) scores 13.6 points, only 13.6 ahead of Direct (assisted sales) at 0; consider all four. Could also be: Direct (assisted sales), Authorized dealers, Open resale.',
      ),
    ).toBe(true);
    expect(e.sentence).toContain('For it: Product type = Software (+9.1), Customer = B2C (+4.5).');
    // Not Firm, so it ends with the blank facts worth checking first.
    expect(e.sentence).toMatch(/What would settle it: .+ \(not given;/);
  });

  it('a factor against the winner is listed under "Against it:" with a minus sign', () => {
    // B2B mass-market software bought often and cheaply: Market = Mass is -2 for assisted.
    const e = explanation(
      ['Customer', 'Product type', 'Price', 'Market', 'Buyers', 'Purchase frequency'],
      ['B2C', 'Software', 20, 'Mass', 'Many', 'Frequent'],
    );
    expect(e.modelName).toBe('Open resale');
    expect(listed(e.sentence, 'Against')).toEqual([
      { factor: 'Product type', level: 'Software', points: -9.1 },
    ]);
  });
});

describe.each(calibration.products.map((p) => [p.product, p] as const))('explanation of %s', (_name, p) => {
  const e = explanation(calibration.header, p.cells);
  const m = MODEL_IDS.indexOf(e.model);
  const winner = e.scores[m];

  it('names the winner and its score first, then the margin and the runner-up, as the cells show them', () => {
    const runnerUp = e.scores[MODEL_IDS.indexOf(e.runnerUp)] as number;
    if (e.tie) {
      expect(e.sentence.startsWith(`Tie: ${e.modelName} and ${MODEL_NAMES[e.runnerUp]} score the same`)).toBe(
        true,
      );
    } else {
      expect(
        e.sentence
          .replace(/^(Close call|Likely): /, '')
          .startsWith(`${e.modelName} scores ${winner} points, `),
      ).toBe(true);
      expect(e.sentence).toContain(` ${e.margin} ahead of `);
      expect(e.sentence).toContain(`ahead of ${MODEL_NAMES[e.runnerUp]} at ${runnerUp}`);
    }
    // "Close call:" only when the runner-up cannot be ruled out; a Firm answer never has one.
    if (e.sentence.startsWith('Close call:')) expect(e.alsoBe).toContain(MODEL_NAMES[e.runnerUp]);
    // The Close call cell is the Confidence word's: a tie or a lead under the Close call gap.
    expect(e.closeCall).toBe(e.confidence === 'Close call' || e.confidence === 'Tie');
    if (e.confidence === 'Likely') expect(e.sentence.startsWith('Likely: ')).toBe(true);
  });

  it('lists under "For it:" the strongest factors for the winner, at most three, strongest first', () => {
    const pros = e.contributions.filter((c) => (c.points[m] as number) > 0);
    const got = listed(e.sentence, 'For');
    expect(got).toHaveLength(Math.min(3, pros.length));
    for (const item of got) {
      const c = e.contributions.find((x) => x.factor === item.factor);
      expect(c?.level).toBe(item.level);
      expect(item.points).toBe(c?.points[m]);
      expect(item.points).toBeGreaterThan(0);
    }
    for (let i = 1; i < got.length; i++)
      expect(got[i]?.points).toBeLessThanOrEqual(got[i - 1]?.points as number);
    // Nothing left out is stronger than what is listed.
    const weakest = Math.min(...got.map((g) => g.points));
    for (const c of pros.filter((c) => !got.some((g) => g.factor === c.factor))) {
      expect(c.points[m] as number).toBeLessThanOrEqual(weakest);
    }
  });

  it('lists under "Against it:" the factors that pull the winner down, at most two', () => {
    const cons = e.contributions.filter((c) => (c.points[m] as number) < 0);
    const got = listed(e.sentence, 'Against');
    expect(got).toHaveLength(Math.min(2, cons.length));
    for (const item of got) {
      expect(item.points).toBeLessThan(0);
      expect(item.points).toBe(e.contributions.find((c) => c.factor === item.factor)?.points[m]);
    }
  });

  it('says how many factors it rests on; every calibration product is complete, so none is thin', () => {
    expect(e.evidence.text).toBe('11 of 11 factors, 100% of the weight');
    expect(e.sentence).toContain('Based on 11 of 11 factors, 100% of the weight.');
    if (e.tie) expect(e.confidence).toBe('Tie');
    else if (e.closeCall) expect(e.confidence).toBe('Close call');
    else expect(['Likely', 'Firm']).toContain(e.confidence);
    // A Firm answer has no other model it cannot rule out.
    if (e.confidence === 'Firm') expect(e.alsoBe).toEqual([]);
  });

  it('the per-factor points add up exactly to each score shown', () => {
    for (let model = 0; model < 4; model++) {
      const tenths = e.contributions.reduce(
        (sum, c) => sum + Math.round((c.points[model] as number) * 10),
        0,
      );
      expect(tenths).toBe(Math.round((e.scores[model] as number) * 10));
    }
  });

  it('is the sentence DISTMODEL shows for output "explain"', () => {
    expect(distmodel([calibration.header, p.cells], DOMAIN, 'explain')[1]).toEqual([e.sentence]);
  });
});

describe('close calls, ties and thin evidence in words', () => {
  it('a tie names both models and asks to consider both', () => {
    // Customer = Both alone: automated and open resale both +1 (4.5 points).
    const e = explanation(['Customer'], ['Both']);
    expect(e.margin).toBe(0);
    expect(e.closeCall).toBe(true);
    expect(e.confidence).toBe('Tie');
    expect(e.alsoBe).toContain('Open resale');
    expect(e.sentence).toContain(
      'Tie: Direct (automated purchase) and Open resale score the same, 4.5 points; the table cannot choose between them, consider both.',
    );
  });

  it('one known factor of eleven is never presented as a confident answer', () => {
    const e = explanation(['Customer'], ['B2B']);
    expect(e.confidence).toBe('Thin evidence');
    expect(e.evidence).toMatchObject({ known: 1, total: 11, text: '1 of 11 factors, 9% of the weight' });
    expect(e.sentence.startsWith('Thin evidence: this rests on only 1 of 11 factors')).toBe(true);
  });
});
