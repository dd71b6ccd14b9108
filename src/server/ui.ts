// Menu actions. They run in AuthMode.FULL (a menu click), so they may open dialogs.

export const HELP_TEXT =
  'DistModel recommends a distribution model for each product row.\n\n' +
  'Formula: =DISTMODEL(products, [weights], [output]) where products is your table with its header row, ' +
  'weights an optional weights table (start one with =DISTMODEL_WEIGHTS()), and output one of ' +
  '"model", "scores", "explain" or "all".\n\n' +
  'If a DistModel action fails with an authorization error while several Google accounts are signed in, ' +
  'open the spreadsheet in a window where only one account is signed in.';

export function showHelp(): void {
  SpreadsheetApp.getUi().alert('DistModel help', HELP_TEXT, SpreadsheetApp.getUi().ButtonSet.OK);
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('DistModel');
  SpreadsheetApp.getUi().showSidebar(html);
}
