// The sidebar's "Columns" list: what each header of the selected row's table is read as under the weights
// being edited, and the mapping of a header that was not recognised (kept in the weights table).
import { describe, expect, it } from 'vitest';
import { columnList } from '../../../sidebar/columns/column-list';
import { readDraft } from '../../../sidebar/draft-table';
import { computePreview } from '../../../sidebar/preview/preview';
import {
  mapColumnInGrid,
  parseWeightsTable,
  presetTable,
  weightsTableToGrid,
} from '../../../src/engine/index';
import type { ActiveRow, WeightsGrid } from '../../../src/shared/sidebar-contract';

/** The draft's compiled table, as the store reads it once per draft. */
const scorerOf = (grid: WeightsGrid) => readDraft(grid).scorer;

const balanced = (): WeightsGrid => weightsTableToGrid(presetTable('Balanced'));

function activeRow(headers: string[], values: (string | number | boolean)[], locale = 'en_US'): ActiveRow {
  return { sheetName: 'Products', row: 2, headers, values, product: String(values[0]), locale };
}

describe('the Columns list', () => {
  const row = activeRow(
    ['SKU', 'Customer', 'Segment', 'Price (k$)', 'Onsite techs', 'Notes'],
    ['Tractor', 'B2B', 'B2B', 90, 'Yes', ''],
  );

  it('says what each header is read as: product name, a factor (with its unit), or not read and why', () => {
    const list = columnList(scorerOf(balanced()), row);
    expect(list?.lines.map((l) => [l.header, l.readAs, l.note, l.unread])).toEqual([
      ['SKU', 'product name', null, false],
      ['Customer', 'Customer', null, false],
      ['Segment', 'not read', 'Customer is read from "Customer"', true],
      ['Price (k$)', 'Price', '× 1,000', false],
      ['Onsite techs', 'not read', 'not a factor', true],
      ['Notes', 'not read', 'not a factor', true],
    ]);
    expect(list?.factors).toContain('Local service');
  });

  it('mapping a header in the draft makes the preview read it; unmapping takes it back out', () => {
    const mapped = mapColumnInGrid(balanced(), 'Onsite techs', 'Local service');
    expect(parseWeightsTable(mapped).ok).toBe(true);
    const line = columnList(scorerOf(mapped), row)?.lines.find((l) => l.header === 'Onsite techs');
    expect(line).toMatchObject({ readAs: 'Local service', mappedTo: 'Local service', unread: false });
    const preview = computePreview(scorerOf(mapped), row);
    expect(preview.kind === 'scored' && preview.explanation.contributions.map((c) => c.factor)).toContain(
      'Local service',
    );
    const unmapped = mapColumnInGrid(mapped, 'Onsite techs', null);
    expect(columnList(scorerOf(unmapped), row)?.lines.find((l) => l.header === 'Onsite techs')?.unread).toBe(
      true,
    );
  });

  it('mapping a header to another factor moves it: one header is never read as two factors', () => {
    const once = mapColumnInGrid(balanced(), 'Onsite techs', 'Local service');
    const moved = mapColumnInGrid(once, 'onsite TECHS', 'See before buying');
    const parsed = parseWeightsTable(moved);
    expect(
      parsed.ok && parsed.table.factors.filter((f) => f.columns?.length).map((f) => [f.name, f.columns]),
    ).toEqual([['See before buying', ['onsite TECHS']]]);
  });

  it('the preview reads text amounts in the spreadsheet locale the row came with', () => {
    const headers = ['Product', 'Customer', 'Price'];
    const german = computePreview(
      scorerOf(balanced()),
      activeRow(headers, ['Kit', 'B2B', '12.000'], 'de_DE'),
    );
    expect(german.kind === 'scored' && german.explanation.contributions[1]?.level).toBe('2,000 to 100,000');
  });
});
