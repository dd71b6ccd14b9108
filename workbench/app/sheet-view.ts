// What the page is sent of a sheet: its frozen rows and a window of rows around where the user scrolled
// (never the whole sheet: a 50,000-row sheet stays one small message), each cell with its text, input,
// error message, checkbox or dropdown; and the charts on it with the data they point at now.
import { isDate } from '../../src/engine';
import type { CellValue, ChartRecord, GridRange, Workbook } from '../gas';
import type { ValidationRule } from '../gas/builders';
import type { CellControl, CellView, ChartView, SheetView } from './protocol';
import { typeable } from './typed-input';

/** Columns the page is sent at most; a wider sheet is shown truncated. */
export const MAX_VIEW_COLUMNS = 200;
/** Rows of one window at most (the page asks for about three screens). */
export const MAX_WINDOW_ROWS = 500;

function inputOf(value: CellValue): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function kindOf(value: CellValue): CellView['kind'] {
  if (typeof value === 'number' || isDate(value)) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** A checkbox or dropdown for a validation rule the grid can show as a control. */
function controlOf(rule: ValidationRule | null): CellControl | undefined {
  if (rule?.criteria === 'CHECKBOX') return { kind: 'checkbox' };
  if (rule?.criteria === 'VALUE_IN_LIST') {
    const [options, showDropdown] = rule.values as [unknown[], boolean | undefined];
    if (showDropdown !== false) return { kind: 'dropdown', options: options.map(String) };
  }
  return undefined;
}

/** Sheets' message for a value its rule refuses (the cell gets a red corner), or undefined. */
function invalidity(rule: ValidationRule | null, value: CellValue): string | undefined {
  if (!rule || value === '') return undefined;
  if (rule.criteria === 'CHECKBOX' && typeof value !== 'boolean') return 'Input must be a checkbox value.';
  if (rule.criteria === 'VALUE_IN_LIST') {
    const options = (rule.values[0] as unknown[]).map(String);
    if (!options.includes(inputOf(value))) return 'Input must be an item on the specified list.';
  }
  return undefined;
}

/** Cells of rows first..first+count-1 (1-based), columns 1..columns; an all-empty row is []. */
function rowsOf(wb: Workbook, sheet: string, first: number, count: number, columns: number) {
  if (count < 1 || columns < 1) return [];
  const range: GridRange = { sheet, row: first, column: 1, numRows: count, numColumns: columns };
  const values = wb.getValues(range);
  const display = wb.getDisplayValues(range);
  const formulas = wb.getFormulas(range);
  const rules = wb.getExtra('validation', range) as (ValidationRule | null)[][];
  return values.map((line, r) => {
    const cells = line.map((value, c): CellView | null => {
      const row = first + r;
      const formula = formulas[r]?.[c] ?? '';
      const text = display[r]?.[c] ?? '';
      const rule = rules[r]?.[c] ?? null;
      const control = controlOf(rule);
      const error = text.startsWith('#') ? wb.getError(sheet, row, c + 1) : null;
      if (error) return { text: error.type, kind: 'error', input: formula, message: error.message };
      if (formula === '' && value === '' && !control) return null;
      const spilled = formula === '' && wb.isSpilled(sheet, row, c + 1);
      const invalid = invalidity(rule, value);
      return {
        text,
        kind: kindOf(value),
        input: formula || (spilled ? '' : (typeable(value, wb.locale) ?? inputOf(value))),
        ...(spilled ? { spilled } : {}),
        ...(control ? { control } : {}),
        ...(invalid ? { invalid } : {}),
      };
    });
    return cells.every((cell) => cell === null) ? [] : cells;
  });
}

/** The frozen rows and `count` rows from `top` of a sheet, clipped to its grid. */
export function sheetView(wb: Workbook, sheet: string, top: number, count: number): SheetView {
  const size = wb.size(sheet);
  const frozenRows = Math.min(wb.frozenRows(sheet), size.rows);
  const columns = Math.min(size.columns, MAX_VIEW_COLUMNS);
  const first = Math.max(1, Math.min(top, size.rows));
  const rows = Math.max(0, Math.min(count, MAX_WINDOW_ROWS, size.rows - first + 1));
  // Every cell of the window is read, empty ones too: an empty cell can hold a checkbox or a dropdown.
  return {
    name: sheet,
    top: first,
    cells: rowsOf(wb, sheet, first, rows, columns),
    frozen: rowsOf(wb, sheet, 1, frozenRows, columns),
    columns,
    truncated: size.columns > columns,
  };
}

/** A chart as Sheets draws one from its first range: the first column labels the domain, each further
 * column is a series, and a first row of text names the series. */
export function chartView(wb: Workbook, chart: ChartRecord): ChartView | null {
  const range = chart.ranges[0];
  if (!range || !wb.hasSheet(range.sheet)) return null;
  const values = wb.getValues(range);
  const display = wb.getDisplayValues(range);
  const hasHeader = (values[0] ?? []).slice(1).some((v) => typeof v === 'string' && v !== '');
  const body = hasHeader ? values.slice(1) : values;
  const bodyText = hasHeader ? display.slice(1) : display;
  const names = hasHeader ? (display[0] ?? []).slice(1) : [];
  const width = range.numColumns;
  const series = Array.from({ length: Math.max(0, width - 1) }, (_, i) => ({
    name: names[i] || `Series ${i + 1}`,
    values: body.map((row) => {
      const v = row[i + 1];
      return typeof v === 'number' ? v : null;
    }),
  }));
  const title = chart.options.title;
  return {
    id: chart.chartId,
    type: chart.type,
    title: typeof title === 'string' ? title : '',
    anchor: chart.position,
    labels: bodyText.map((row) => row[0] ?? ''),
    series,
  };
}
