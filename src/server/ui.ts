// Menu actions. They run in AuthMode.FULL (a menu click), so they may open dialogs and the sidebar.
import type { ScoreResult } from '../shared/sidebar-contract';
import { initialState, initialStateJson } from './initial-state';
import { scoreProducts } from './scoring';

const HELP_TEXT =
  'DistModel recommends a distribution model for each product row.\n\n' +
  'Formula: =DISTMODEL(products, [weights], [output], [header]) where products is your table with its ' +
  'header row, weights an optional weights table (start one with =DISTMODEL_WEIGHTS()), and output one of ' +
  '"model", "scores", "explain", "all", "flip" (the one fact that would change the answer) or "whatif" ' +
  '(that fact and the nearest weight change, in a sentence). To score some rows only, pass them without the ' +
  'header and give the header row as header, such as =DISTMODEL(A5:L9, , "all", A$1:L$1).\n\n' +
  '=DISTMODEL_SENSITIVITY(products, [weights]) spills, per product, the range of each weight that keeps ' +
  'its recommendation.\n\n' +
  'Several raters per product: Set up ratings makes a sheet with a Rater column; ' +
  '=DISTMODEL_CONSENSUS(ratings, [weights]) spills per product the model of the highest average score, who ' +
  'agrees, the factors in dispute and whether the disagreement changes the answer.\n\n' +
  'The sidebar (Extensions > DistModel > Open DistModel) keeps one weights table in the "DistModel weights" ' +
  'sheet (rename it freely), named DistModelWeights, that every formula it writes reads: change a weight ' +
  'there and every result updates for everyone. A formula that names no weights uses Balanced; the sidebar ' +
  'lists such formulas and can point them at the shared weights.\n\n' +
  'If a DistModel action fails with an authorization error while several Google accounts are signed in, ' +
  'open the spreadsheet in a window where only one account is signed in.';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'DistModel';

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('DistModel help', HELP_TEXT, ui.ButtonSet.OK);
}

/** The state to embed, or "null" when reading it fails: the sidebar then asks for it and shows the error. */
function embeddedState(): string {
  try {
    return initialStateJson(initialState(SpreadsheetApp.getActiveSpreadsheet()));
  } catch (err) {
    console.error(err);
    return 'null';
  }
}

export function openSidebar(): void {
  const template = HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  template.initialStateJson = embeddedState();
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(SIDEBAR_TITLE));
}

/** Live formulas (any column order: each block names its columns by the table's header row). */
function scoreSelectionFromMenu(overwrite: boolean): ScoreResult {
  return scoreProducts({ scope: 'selection', mode: 'formulas', overwrite, jobId: null });
}

export function scoreSelectedRows(): void {
  const ui = SpreadsheetApp.getUi();
  let result = scoreSelectionFromMenu(false);
  if (result.status === 'needs-confirmation') {
    const listed = result.occupiedCells.join(', ');
    const count = result.occupiedCount;
    const more = count > result.occupiedCells.length ? ' and more' : '';
    const answer = ui.alert(
      'Write over your cells?',
      `DistModel writes its results to ${result.range}, where ${count} cell(s) hold your own content (${listed}${more}). Write over them?`,
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    result = scoreSelectionFromMenu(true);
  }
  if (result.status === 'no-table') ui.alert('DistModel', result.message, ui.ButtonSet.OK);
  else if (result.status === 'partial') {
    ui.alert(
      'DistModel',
      `Scored ${result.done} of ${result.total} rows. Open DistModel and score again to finish the rest.`,
      ui.ButtonSet.OK,
    );
  } else if (result.status === 'done') {
    SpreadsheetApp.getActiveSpreadsheet().toast(
      `Scored ${result.rows} row(s) into ${result.range}.`,
      'DistModel',
    );
  }
}
