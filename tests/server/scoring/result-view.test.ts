// Issue #17 §4: in the results, nothing scrolled into view, the model column was not widened, and rows with
// a problem had no flag. A whole-table run puts the cursor on its first result, widens the model column to
// fit a model's name, and keeps one conditional format rule of its own that shades a model cell naming no
// model (a problem message or an error), whether the results are values or live formulas.
import { describe, expect, it } from 'vitest';
import { MODEL_DISPLAY_NAMES } from '../../../src/engine';
import type { ScoreResult } from '../../../src/shared/sidebar-contract';
import { harness, productsSheet, request, values } from '../support';

function scored(mode: 'values' | 'formulas') {
  const products = productsSheet(6);
  (products[3] as unknown[])[3] = 'lots'; // a price no reading accepts: that row gets a message
  const h = harness({ Products: products, Notes: [['n']] });
  h.env.setActiveRange('Products!A5');
  expect(h.call<ScoreResult>('scoreProducts', request({ mode })).status).toBe('done');
  return h;
}

/** What the rule's formula says for row `row`, evaluated by the workbook as Sheets applies it there. */
function flagged(h: ReturnType<typeof harness>, formula: string, row: number): unknown {
  h.workbook.setContents(h.workbook.resolve('Notes!B1'), [[formula.replaceAll('M2', `Products!M${row}`)]]);
  return values(h, 'Notes!B1')[0]?.[0];
}

describe('the results as they show', () => {
  for (const mode of ['values', 'formulas'] as const) {
    it(`${mode}: cursor on the first result, model column widened, problem rows shaded`, () => {
      const h = scored(mode);
      const sheet = h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Products');
      expect(h.env.services.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('M2');
      expect(sheet?.getColumnWidth(13)).toBeGreaterThanOrEqual(200);
      const rules = sheet?.getConditionalFormatRules() ?? [];
      expect(rules).toHaveLength(1);
      expect(rules[0]?.getRanges()[0]?.getA1Notation()).toMatch(/^M2:M\d+$/);
      const formula = String(rules[0]?.getBooleanCondition()?.getCriteriaValues()[0]);
      const model = values(h, 'Products!M2')[0]?.[0];
      expect(MODEL_DISPLAY_NAMES).toContain(model);
      expect(flagged(h, formula, 2)).toBe(false);
      expect(MODEL_DISPLAY_NAMES).not.toContain(values(h, 'Products!M4')[0]?.[0]);
      expect(flagged(h, formula, 4)).toBe(true);
      expect(flagged(h, formula, 40)).toBe(false);
      // A formula showing an error (a blocked spill's #REF!) is shaded too.
      h.workbook.setContents(h.workbook.resolve('Products!M41'), [['=1/0']]);
      expect(flagged(h, formula, 41)).toBe(true);
    });
  }

  it('scoring again keeps one rule of its own and the rules of the user', () => {
    const h = scored('values');
    const sheet = h.env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Products');
    const mine = h.env.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=A2="Widget"')
      .setBackground('#00ff00')
      .setRanges([sheet?.getRange('A2:A7') as GoogleAppsScript.Spreadsheet.Range])
      .build();
    sheet?.setConditionalFormatRules([...(sheet?.getConditionalFormatRules() ?? []), mine]);
    h.call('scoreProducts', request({ mode: 'values' }));
    const formulas = (sheet?.getConditionalFormatRules() ?? []).map(
      (r) => r.getBooleanCondition()?.getCriteriaValues()[0],
    );
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toBe('=A2="Widget"');
  });

  it('a run of selected rows leaves the selection where the user put it', () => {
    const h = harness({ Products: productsSheet(6) });
    h.env.setActiveRange('Products!A3:A4');
    expect(h.call<ScoreResult>('scoreProducts', request({ scope: 'selection' })).status).toBe('done');
    expect(h.env.services.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('A3:A4');
  });
});
