// What a finished run does to the sheet's view, beyond its results (issue #17: nothing scrolled into view,
// the model column stayed too narrow for "Direct (automated purchase)", and rows with a problem looked like
// any other). A whole-table run moves the cursor to its first result; the model column is widened when it
// is narrower than a model's name; and one conditional format rule, DistModel's own, shades a model cell
// that names no model (a problem message, or an error a formula shows), in values and live formulas alike.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import { MODEL_DISPLAY_NAMES } from '../../engine';
import { columnLetters } from '../../shared/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Wide enough for the longest model name at Sheets' default font (Arial 10), in pixels. */
export const MODEL_COLUMN_PX = 200;
/** Google's light red, as Sheets' own conditional format presets use for a warning. */
export const PROBLEM_BACKGROUND = '#f4c7c3';
/** Starts every rule DistModel writes, so it finds (and replaces) its own and no one else's. */
const RULE_MARK = '=ISERROR(';

/**
 * The custom formula that shades a model cell (first output column `column`, from data row `firstRow`)
 * holding anything but a model's name: written for the top-left cell, relative, as Sheets applies it down.
 * It has no argument separator, so it reads the same in every locale (a rule's formula may be read with the
 * spreadsheet's "," or ";": live check 41-lost2): P is 1 for text that names no model, 0 for a model or a
 * blank, an error for an error; 1/P is an error unless P is 1.
 */
export function problemRuleFormula(column: number, firstRow: number): string {
  const cell = `${columnLetters(column)}${firstRow}`;
  const notModels = MODEL_DISPLAY_NAMES.map((name) => `(${cell}<>"${name}")`).join('*');
  return `${RULE_MARK}${cell})+NOT(ISERROR(1/((LEN(${cell})>0)*${notModels})))>0`;
}

function isOwnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return (
    typeof formula === 'string' &&
    formula.startsWith(RULE_MARK) &&
    formula.includes(MODEL_DISPLAY_NAMES[0] as string)
  );
}

/** Replaces DistModel's rule of the sheet (if any) with one over the output's model column as it is now. */
function flagProblemRows(sheet: Sheet, firstRow: number, column: number): void {
  const rows = sheet.getMaxRows() - firstRow + 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(problemRuleFormula(column, firstRow))
    .setBackground(PROBLEM_BACKGROUND)
    .setRanges([sheet.getRange(firstRow, column, rows, 1)])
    .build();
  const others = sheet.getConditionalFormatRules().filter((r) => !isOwnRule(r));
  sheet.setConditionalFormatRules([...others, rule]);
}

/**
 * After a run wrote rows from `fromRow` (`headerRow`, the table's, for a whole-table run) beside the output's
 * first column `outputColumn`: widen, flag, and for a whole table on the sheet in front of the user, put the
 * cursor on the first result. A run of selected rows leaves the selection alone: the user's next "Score
 * selected rows" needs it.
 */
export function showResults(sheet: Sheet, headerRow: number, outputColumn: number, fromRow: number): void {
  if (sheet.getColumnWidth(outputColumn) < MODEL_COLUMN_PX)
    sheet.setColumnWidth(outputColumn, MODEL_COLUMN_PX);
  flagProblemRows(sheet, headerRow + 1, outputColumn);
  const wholeTable = fromRow === headerRow;
  if (wholeTable && SpreadsheetApp.getActiveSheet().getSheetId() === sheet.getSheetId())
    sheet.getRange(headerRow + 1, outputColumn).activate();
}
