// The English words of DistModel: every label, message and sentence the menus, dialogs and sidebar show,
// keyed by message id. The other languages (de, fr, es, ja) translate exactly these keys; {name} marks a
// value put in at run time and must survive translation (tests/i18n checks both).
// Data is not here: model names, factor and level names, output headers and sheet names stay as the
// weights table and formulas spell them (see docs/languages.md).

export const en = {
  // Extensions > DistModel
  'menu.open': 'Open DistModel',
  'menu.setup': 'Set up a product sheet',
  'menu.ratings': 'Set up ratings',
  'menu.score': 'Score selected rows',
  'menu.help': 'Help',

  // Score selected rows (menu)
  'menu.overwriteTitle': 'Write over your cells?',
  'menu.overwriteQuestion':
    'DistModel writes its results to {range}, where {count} cell(s) hold your own content ({cells}). Write over them?',
  'menu.andMore': '{cells} and more',
  'menu.partial': 'Scored {done} of {total} rows. Open DistModel and score again to finish the rest.',
  'menu.done': 'Scored {rows} row(s) into {range}.',

  // Help dialog
  'help.title': 'DistModel help',
  'help.heading': 'DistModel in two minutes',
  'help.intro':
    'DistModel recommends a distribution model for each product in your sheet: direct assisted sales, direct automated purchase, authorized dealers or open resale.',
  'help.step1':
    'Extensions > DistModel > Set up a product sheet creates a table with one column per factor. Fill in one product per row, or use your own table with the same headers.',
  'help.step2':
    'Open DistModel and click a product row: the sidebar shows the recommended model, its margin and the factors for and against it.',
  'help.step3':
    '"What would change it" names the one fact and the weight ranges that would change the answer.',
  'help.step4':
    'Move the weights or pick a preset; the preview follows at once. Apply saves them for every formula in this spreadsheet.',
  'help.step5':
    'Score products writes live =DISTMODEL formulas (or frozen values) next to your table and draws the portfolio.',
  'help.step6':
    'Several raters? Set up ratings makes a sheet with a Rater column; the Team panel shows where they disagree and whether it changes the answer.',
  'help.formula':
    'In a cell: =DISTMODEL(A1:L29) gives each product its model; =DISTMODEL(A1:L29, , "explain") says why.',
  'help.accounts':
    'If an action fails with an authorization error while several Google accounts are signed in, open the spreadsheet in a window where only one account is signed in.',
  'help.more': 'The full guide, with pictures and the formula reference:',
  'help.link': 'DistModel help page (opens in a new tab)',
  'help.close': 'Close',
} as const;

/** A message id. */
export type MessageKey = keyof typeof en;
/** One language's words: every key, no more. */
export type Catalogue = { readonly [K in MessageKey]: string };
