// Menu actions. They run in AuthMode.FULL (a menu click), so they may open dialogs and the sidebar.
import { decimalMarkOf } from '../engine';
import { formatNumber, type MessageKey, type MessageParams, translate } from '../i18n';
import type { ScoreResult } from '../shared/sidebar-contract';
import { HELP_DIALOG_SIZE, helpDialogHtml } from './help-dialog';
import { initialState, initialStateJson } from './initial-state';
import { scoreProducts } from './scoring';
import { readingOf } from './sheets';
import { userLanguage } from './user-language';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'DistModel';

/** Extensions > DistModel > Help: the walk-through dialog in the user's language (help-dialog.ts). */
export function showHelp(): void {
  const language = userLanguage();
  // Sheets separates arguments with ";" where the spreadsheet's locale writes decimals with a comma.
  const mark = decimalMarkOf(readingOf(SpreadsheetApp.getActiveSpreadsheet()).locale);
  const output = HtmlService.createHtmlOutput(helpDialogHtml(language, mark === ',' ? ';' : ','))
    .setWidth(HELP_DIALOG_SIZE.width)
    .setHeight(HELP_DIALOG_SIZE.height);
  SpreadsheetApp.getUi().showModalDialog(output, translate(language, 'help.title'));
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
  const language = userLanguage();
  // Numbers in sentences as the spreadsheet's locale writes them, like the cells around them; read only
  // when a message has a number, so a run that says nothing costs no extra service call.
  let locale: { readonly locale: string | null } | undefined;
  const n = (value: number) => {
    locale ??= readingOf(SpreadsheetApp.getActiveSpreadsheet());
    return formatNumber(value, locale.locale);
  };
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  let result = scoreSelectionFromMenu(false);
  if (result.status === 'needs-confirmation') {
    const listed = result.occupiedCells.join(', ');
    const more = result.occupiedCount > result.occupiedCells.length;
    const cells = more ? t('menu.andMore', { cells: listed }) : listed;
    const answer = ui.alert(
      t('menu.overwriteTitle'),
      t('menu.overwriteQuestion', { range: result.range, count: n(result.occupiedCount), cells }),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    result = scoreSelectionFromMenu(true);
  }
  if (result.status === 'no-table') ui.alert('DistModel', result.message, ui.ButtonSet.OK);
  else if (result.status === 'partial') {
    ui.alert(
      'DistModel',
      t('menu.partial', { done: n(result.done), total: n(result.total) }),
      ui.ButtonSet.OK,
    );
  } else if (result.status === 'done') {
    SpreadsheetApp.getActiveSpreadsheet().toast(
      t('menu.done', { rows: n(result.rows), range: result.range }),
      'DistModel',
    );
  }
}
