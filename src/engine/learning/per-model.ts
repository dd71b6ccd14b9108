// Agreement told per model, so a minority model cannot hide behind the majority: a table right on 100 of 100
// products of one model and on none of 5 of another is right 95% of the time overall and useless for the
// minority. judgement.md: "Report per model. Agreement per model, balanced accuracy".
import { MODEL_COUNT } from '../model/models';
import type { Agreement } from './cross-validation';

/**
 * Per model (MODEL_IDS order): of its known products, how many the predictions get right, averaged over the
 * predictions given (repeated cross-validation) and rounded to whole products.
 */
export function agreementPerModel(models: Int32Array, ...predictions: Int32Array[]): Agreement[] {
  const agree = new Array<number>(MODEL_COUNT).fill(0);
  const total = new Array<number>(MODEL_COUNT).fill(0);
  models.forEach((m, i) => {
    total[m] = (total[m] as number) + 1;
    for (const predicted of predictions) if (predicted[i] === m) agree[m] = (agree[m] as number) + 1;
  });
  return agree.map((a, m) => ({ agree: Math.round(a / predictions.length), total: total[m] as number }));
}

/** Of all known products, how many the predictions get right, averaged over the predictions and rounded. */
export function overallAgreement(models: Int32Array, ...predictions: Int32Array[]): Agreement {
  let agree = 0;
  models.forEach((m, i) => {
    for (const predicted of predictions) if (predicted[i] === m) agree++;
  });
  return { agree: Math.round(agree / predictions.length), total: models.length };
}

/** The mean of the per-model agreement rates over the models that have known products (0 to 1). */
export function balancedAccuracy(perModel: readonly Agreement[]): number {
  const present = perModel.filter((a) => a.total > 0);
  if (present.length === 0) return 0;
  return present.reduce((sum, a) => sum + a.agree / a.total, 0) / present.length;
}

/**
 * The 95% Wilson score interval of a share agree / total, as [low, high] from 0 to 1: honest for small
 * portfolios, where 4 of 5 right says little. Source: E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22 (1927), 209-212.
 */
export function wilsonInterval({ agree, total }: Agreement): readonly [number, number] {
  if (total === 0) return [0, 1];
  const z = 1.959964;
  const p = agree / total;
  const z2n = (z * z) / total;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2n / (4 * total))) / (1 + z2n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Whether predictions `bs` (one or more splits) beat `a` on the same products by more than chance: of the
 * products exactly one of them gets right, `b` must win at least 2 more, and by at least 1.645 standard
 * deviations of a fair coin (one-sided 5%, McNemar's test in its normal form: Q. McNemar, Psychometrika 12
 * (1947), 153-157), both counts averaged over the splits. Each product counts 1 / `groupSize` of its
 * profile: one product listed in five pack sizes is one piece of evidence, not five.
 */
export function beatsByMoreThanNoise(
  models: Int32Array,
  a: Int32Array,
  bs: readonly Int32Array[],
  groupSize: Int32Array,
): boolean {
  let onlyA = 0;
  let onlyB = 0;
  for (const b of bs) {
    models.forEach((m, i) => {
      const rightA = a[i] === m;
      const rightB = b[i] === m;
      const weight = 1 / (groupSize[i] as number);
      if (rightA && !rightB) onlyA += weight;
      if (rightB && !rightA) onlyB += weight;
    });
  }
  onlyA /= bs.length;
  onlyB /= bs.length;
  const gain = onlyB - onlyA;
  return gain >= 2 && gain >= 1.645 * Math.sqrt(onlyA + onlyB);
}
