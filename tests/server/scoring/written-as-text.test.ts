// Issue #17, section 3: nothing DistModel writes can be read as a formula, and no message echoes a long
// input back. A factor named "=Margin" gives frozen messages starting with "="; DISTMODEL_WEIGHTS was given a
// 50,000-character name.
import { describe, expect, it } from 'vitest';
import type { SaveResult, ScoreResult, WeightsState } from '../../../src/shared/sidebar-contract';
import { WEIGHTS_TABLE_HEADER } from '../../support/sheet-headers';
import { formulas, harness, request, values } from '../support';

describe('frozen values and the weights sheet are written as text', () => {
  it('a factor named "=Margin": the weights sheet keeps the name as text and a frozen message is no formula', () => {
    const h = harness({
      Products: [
        ['Product', "'=Margin"],
        ['Widget', 'lots'],
        ['Gadget', 'High'],
      ],
    });
    const grid = [
      [...WEIGHTS_TABLE_HEADER],
      ['=Margin', 'Low', 1, 1, 0, 0, -1],
      ['', 'High', '', -1, 0, 0, 1],
    ];
    const { version } = h.call<WeightsState>('getWeights');
    expect(h.call<SaveResult>('saveWeights', grid, version).status).toBe('saved');
    expect(formulas(h, "'DistModel weights'!A2")).toEqual([['']]);
    expect(values(h, "'DistModel weights'!A2")).toEqual([['=Margin']]);
    h.env.setActiveRange('Products!A2');
    expect(h.call<ScoreResult>('scoreProducts', request({})).status).toBe('done');
    const [message] = values(h, 'Products!C2')[0] as string[];
    expect(message).toMatch(/^=Margin: "lots" is not accepted/);
    expect(
      formulas(h, 'Products!C2:N3')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    expect(values(h, 'Products!C3')).toEqual([['Open resale']]);
  });
});

describe('messages quote at most a short piece of the input', () => {
  it('DISTMODEL_WEIGHTS with a 50,000-character name answers in under 300 characters', () => {
    const h = harness();
    let message = '';
    try {
      h.call('DISTMODEL_WEIGHTS', 'x'.repeat(50_000));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^DISTMODEL_WEIGHTS: "x{37}\.\.\." is not a preset/);
    expect(message.length).toBeLessThan(300);
  });
});
