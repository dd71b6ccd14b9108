// Issue 16: Confidence words that separate right answers from wrong ones on real products (the reference
// set, data/reference/ plus the calibration products), as docs/how-good.md reports them.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_RIGHT_PERCENT, presetTable } from '../../../src/engine/index';
import { LANGUAGES, translate } from '../../../src/i18n';
import { figuresOf, judgeAll } from '../../support/agreement';
import { FACTUAL_COLUMNS, isHeldOut, readReference } from '../../support/reference';

const products = readReference();
const BALANCED = presetTable('Balanced');
const rate = (c: { n: number; right: number }) => c.right / Math.max(1, c.n);

describe('Confidence on reference products (Balanced)', () => {
  it('obvious products are not shown as close calls: every calibration product reads Likely or Firm', () => {
    // The fresh trial found 8 of 9 obvious products shown "Close call" when every answer short of Firm was one.
    const calibration = products.filter((p) => p.file.includes('calibration'));
    expect(calibration.length).toBeGreaterThanOrEqual(28);
    for (const o of judgeAll(BALANCED, calibration)) {
      expect([o.product.product, o.judgement.confidence]).toEqual([
        o.product.product,
        expect.stringMatching(/^(Likely|Firm)$/),
      ]);
    }
  });

  it('with only the 5 factual columns filled, no row is Thin evidence', () => {
    const f = figuresOf(judgeAll(BALANCED, products, FACTUAL_COLUMNS));
    expect(f.thin).toBe(0);
    expect(f.n).toBe(products.length);
  });

  it.each([
    ['all columns', undefined],
    ['5 factual columns', FACTUAL_COLUMNS],
  ] as const)(
    'with %s, Close call answers are right less often than Likely ones, and Firm ones most',
    (_, columns) => {
      const train = figuresOf(
        judgeAll(
          BALANCED,
          products.filter((p) => !isHeldOut(p)),
          columns,
        ),
      );
      const c = train.byConfidence;
      expect(rate(c['Close call'])).toBeLessThan(rate(c.Likely));
      if (c.Firm.n > 0) expect(rate(c.Firm)).toBeGreaterThan(rate(c.Likely));
    },
  );

  it('wrong answers shown Firm are at most 2% of held-out rows, with every column and with the factual ones', () => {
    const held = products.filter(isHeldOut);
    for (const columns of [undefined, FACTUAL_COLUMNS]) {
      const f = figuresOf(judgeAll(BALANCED, held, columns));
      expect(f.firmWrong / f.n).toBeLessThanOrEqual(0.02);
    }
  });

  it('says what each word means, in a sentence short enough for a sidebar line', () => {
    for (const language of LANGUAGES) {
      for (const [key, level] of [
        ['preview.likely', 'Likely'],
        ['preview.firm', 'Firm'],
      ] as const) {
        const meaning = translate(language, key, { percent: String(CONFIDENCE_RIGHT_PERCENT[level]) });
        expect(meaning.length, `${language} ${key}`).toBeLessThan(120);
      }
    }
  });
});
