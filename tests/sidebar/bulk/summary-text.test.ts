// Issue #17: the Portfolio panel says which product rows have no result under live output, and how to fix it.
import { expect, it } from 'vitest';
import { coverRequest } from '../../../sidebar/bulk/cover-request';
import { summaryText } from '../../../sidebar/bulk/summary-panel';

it('names the rows the live formulas do not reach', () => {
  const summary = { counts: {}, invalid: 0, total: 11_366, thin: 0, uncovered: { count: 1, rows: '5682' } };
  expect(summaryText(summary, new Date(2026, 0, 1, 9, 5))).toBe(
    '11,366 products in the table. Counted at 09:05. 1 product row has no result: the live formulas do not reach row 5682; press Cover them to write live formulas over every row.',
  );
});

it('offers the one-click fix only while rows have no result: live formulas for the whole table', () => {
  const base = { counts: {}, invalid: 0, total: 11_366, thin: 0 };
  expect(coverRequest(base)).toBeNull();
  expect(coverRequest({ ...base, uncovered: { count: 1, rows: '5682' } })).toEqual({
    scope: 'table',
    mode: 'formulas',
    overwrite: false,
    jobId: null,
  });
});

it("names the sheet it counted, and says so when the user is on another sheet's table (issue #17)", () => {
  const summary = { counts: {}, invalid: 0, total: 24, thin: 0, sheetName: 'Products' };
  const at = new Date(2026, 0, 1, 9, 5);
  expect(summaryText(summary, at, 'Products')).toBe(
    '24 products in the table on "Products". Counted at 09:05.',
  );
  expect(summaryText(summary, at, 'Catalogue 2027')).toBe(
    '24 products in the table on "Products". Counted at 09:05. You are on "Catalogue 2027" now: press Refresh to count its table.',
  );
});
