// Named ranges as the engine's named expressions (absolute references to one sheet), so formulas can use
// them by name. Sheets compares names case-insensitively.
import type { HyperFormula } from 'hyperformula';
import { formatA1, quoteSheetName } from '../../src/shared/a1';
import { parseA1 } from './a1';
import type { GridRange } from './types';

export interface NamedRange {
  readonly name: string;
  readonly range: GridRange;
}

/** Creates or moves a named range; a name the engine cannot take throws Sheets' message. */
export function setNamedRange(engine: HyperFormula, name: string, range: GridRange): void {
  const a1 = formatA1(range.row, range.column, range.numRows, range.numColumns).replace(
    /([A-Z]+)(\d+)/g,
    '$$$1$$$2',
  );
  const expression = `=${quoteSheetName(range.sheet)}!${a1}`;
  removeNamedRange(engine, name);
  if (!engine.isItPossibleToAddNamedExpression(name, expression)) {
    throw new Error(`The name "${name}" is not a valid range name.`);
  }
  engine.addNamedExpression(name, expression);
}

export function removeNamedRange(engine: HyperFormula, name: string): void {
  const existing = engine.listNamedExpressions().find((n) => n.toLowerCase() === name.toLowerCase());
  if (existing !== undefined) engine.removeNamedExpression(existing);
}

/** The named ranges whose sheet still exists (a removed sheet leaves its names pointing nowhere). */
export function listNamedRanges(engine: HyperFormula, hasSheet: (name: string) => boolean): NamedRange[] {
  const out: NamedRange[] = [];
  for (const name of engine.listNamedExpressions()) {
    const formula = engine.getNamedExpressionFormula(name);
    const ref = formula ? parseA1(formula.slice(1).replace(/\$/g, '')) : null;
    if (!ref?.sheet || !hasSheet(ref.sheet)) continue;
    const { row = 1, column = 1, endRow = row, endColumn = column } = ref;
    const range = {
      sheet: ref.sheet,
      row,
      column,
      numRows: endRow - row + 1,
      numColumns: endColumn - column + 1,
    };
    out.push({ name, range });
  }
  return out;
}
