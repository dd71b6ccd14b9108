// The English words of DistModel: every label, message and sentence the menus, dialogs and sidebar show,
// keyed by message id. The other languages (de, fr, es, ja) translate exactly these keys; {name} marks a
// value put in at run time and must survive translation (tests/i18n checks both).
// Data is not here: model names, factor and level names, output headers and sheet names stay as the
// weights table and formulas spell them (see docs/languages.md).

import { enStartup } from './en-startup';

export const en = {
  ...enStartup,
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
    'In a cell: =DISTMODEL(A1:L29) gives each product its model; =DISTMODEL(A1:L29{sep} {sep} "explain") says why.',
  'help.accounts':
    'If an action fails with an authorization error while several Google accounts are signed in, open the spreadsheet in a window where only one account is signed in.',
  'help.more': 'The full guide, with pictures and the formula reference:',
  'help.link': 'DistModel help page (opens in a new tab)',
  'help.close': 'Close',

  // Sidebar: errors (those it may show before the server sent the words are in en-startup.ts)
  // "Could not <action>" per sidebar call (the English phrases are CALL_ACTIONS, src/shared/sidebar-contract.ts)
  'call.getWeights': 'Could not load the weights',
  'call.getActiveRow': 'Could not read the selected row',
  'call.getSelection': 'Could not read the selected row',
  'call.saveWeights': 'Could not save the weights',
  'call.useSharedWeights': 'Could not change the formulas',
  'call.setupProductSheet': 'Could not set up a product sheet',
  'call.setupRatingsSheet': 'Could not set up ratings',
  'call.getTeamView': 'Could not read the ratings',
  'call.scoreProducts': 'Could not score the products',
  'call.getPortfolioSummary': 'Could not load the portfolio summary',
  'call.getWeightShifts': 'Could not count the products each weight can change',
  'call.insertSummaryChart': 'Could not insert the chart',
  'call.getFitSource': 'Could not look for the known models',
  'call.fitWeights': 'Could not learn from the products',
  'call.getBigQuerySql': 'Could not get the BigQuery function',

  // Selected row (preview)
  'preview.title': 'Selected row',
  'preview.refresh': 'Refresh',
  'preview.follow': 'Follow the selection',
  'preview.noName': '(no product name)',
  'preview.noRow': 'No row selected',
  'preview.rowCaption': '{sheet}, row {row}',
  'preview.unsaved': 'Preview with your unsaved weights.',
  'preview.unsavedSheetChanged':
    'Preview with your unsaved weights; the weights sheet changed since you opened it (see Weights).',
  'preview.reading': 'Reading the selected row...',
  'preview.paused': '{message} Following the selection is paused.',
  'preview.selectRow': 'Select a product row in your table, then press Refresh.',
  'preview.fixWeights': 'Fix the weights table below to see a preview.',
  'preview.emptyRow': 'The selected row is empty.',
  'preview.recommended': 'Recommended: ',
  'preview.tie': 'Tie: ',
  'preview.tieAnd': ' and ',
  'preview.tieEnd': '; consider both.',
  'preview.alsoBe': 'Could also be: ',
  'preview.alsoBeList': '{models}.',
  'preview.scoresLabel': 'Scores in points, -100 to 100',
  'preview.forIt': 'For it',
  'preview.againstIt': 'Against it',
  'preview.ahead': '{points} points ahead of {model}',
  'preview.closeCall': 'Close call: ',
  'preview.considerBoth': '{ahead}; consider both.',
  'preview.considerAll': '{ahead}; consider every model it could also be.',
  'preview.aheadEnd': '{ahead}.',
  'preview.likely':
    'Likely: a clear lead; answers like this were right {percent}% of the time on reference products.',
  'preview.firm':
    'Firm: answers like this were right {percent}% of the time on reference products not used to set the rule.',
  'preview.thin': 'Thin evidence: ',
  'preview.thinText': 'rests on only {evidence}; fill in more factors before relying on it.',
  'preview.evidence': '{known} of {total} factors, {percent}% of the weight',
  'preview.basedOn': 'Based on {evidence}.',

  // Columns
  'columns.summary': 'Columns: {read} read',
  'columns.summaryUnread': 'Columns: {read} read, {unread} not read',
  'columns.productName': 'product name',
  'columns.notRead': 'not read',
  'columns.readFrom': '{factor} is read from "{header}"',
  'columns.noWeight': '{factor} has no weight',
  'columns.notFactor': 'not a factor',
  'columns.readAs': 'Read "{header}" as',
  'columns.readAsChoose': 'read as...',
  'chart.problems': 'Rows with problems',
  'chart.label': 'Products per model: {counts}',
  'tornado.label': 'Weights that keep the recommendation: {ranges}',
  'tornado.row': '{factor} (now {weight}): {range}',
  'tornado.range': '{low} to {high}',
  'tornado.noLimit': 'no limit',
  'tornado.now': 'now',
  'tornado.timesNow': '{factor}× now',
  'shifts.caption': 'Products of {count} that change model if one weight is halved or doubled',
  'shifts.weight': 'Weight',
  'shifts.halved': 'Halved',
  'shifts.doubled': 'Doubled',

  // What would change it
  'whatIf.title': 'What would change it',
  'whatIf.selectRow': 'Select a scored product row to see what would change it.',
  'whatIf.oneFact': 'One fact would change it',
  'whatIf.twoFacts': 'No single fact changes it; two together would',
  'whatIf.noFacts': 'No change of one or two facts changes it.',
  'whatIf.blankNow': 'blank now',
  'whatIf.now': 'now {value}',
  'whatIf.change': '{factor}: {to} ({now})',
  'whatIf.and': ' and ',
  'whatIf.tied': 'tied, shown first',
  'whatIf.pointsAhead': '{points} points ahead',
  'whatIf.blankFactors': 'Blank here, so their weights cannot change it: {factors}.',
  'whatIf.below': '{factor} below {weight}: {model}',
  'whatIf.above': '{factor} above {weight}: {model}',
  'whatIf.fragileOne': 'Fragile: 1 weight changes it somewhere within 0 to {factor} times its value.',
  'whatIf.fragileMany':
    'Fragile: {count} weights each change it somewhere within 0 to {factor} times their value.',
  'whatIf.robustThin':
    'No single weight from 0 to {factor} times its value changes it, but the answer rests on thin evidence: filling in the blank factors can.',
  'whatIf.robust': 'Robust: no single weight from 0 to {factor} times its value changes it.',
  'whatIf.ranges': 'Weight ranges that keep it',

  // Weights
  'weights.title': 'Weights ',
  'weights.unsaved': 'Unsaved changes',
  'weights.preset': 'Preset',
  'weights.choosePreset': 'Choose a preset...',
  'weights.savedIn': "Saved in '{sheet}'",
  'weights.keepMine':
    'Your changes are kept. Apply now replaces the whole saved table with yours: the changes made in the spreadsheet are lost.',
  'weights.lacksOne': 'Your table lacks a row the sheet has, which Apply deletes: {rows}.',
  'weights.lacksMany': 'Your table lacks {count} rows the sheet has, which Apply deletes: {rows}.',
  'weights.lost':
    'The {sheet} sheet was deleted, so formulas that read {range} show #REF!. Shown is the table last applied: Apply restores it.',
  'weights.noRange':
    'Formulas cannot read the weights in "{sheet}" until Apply restores the named range {range}.',
  'weights.notStored': 'These weights are not in this spreadsheet yet: Apply creates the "{sheet}" sheet.',
  'weights.problems': 'The weights table has problems; nothing is lost, fix these cells:',
  'weights.advanced': 'Advanced: affinities',
  'weights.affinityHelp': 'How much each level favours each model: -2 strongly against ... +2 strongly for.',
  'weights.apply': 'Apply',
  'weights.discard': 'Discard',
  'weights.reset': 'Reset to default',
  'weights.discarded': 'Changes discarded.',
  'weights.defaultLoaded': 'Default weights loaded',
  'weights.presetLoaded': 'Preset "{name}" loaded',
  'weights.pressApply': '{what}. Press Apply to save them to the spreadsheet.',
  'weights.sameAsSaved': '{what}: the same as the saved weights.',
  'weights.useShared': 'Use the shared weights in them',
  'weights.changingFormulas': 'Changing the formulas...',
  'weights.sharedNow': 'Every DISTMODEL formula now reads the shared weights.',
  'weights.foreignOne':
    'One DISTMODEL formula reads other weights than these, so its results can differ from what you see here:',
  'weights.foreignMany':
    '{count} DISTMODEL formulas read other weights than these, so their results can differ from what you see here:',
  'weights.andMore': 'and {count} more',
  'weights.readingSheet': 'Reading the weights sheet...',
  'weights.reloaded': 'Reloaded the weights as the spreadsheet holds them now.',
  'weights.reloadTheirs': 'Reload theirs',
  'weights.keepMineButton': 'Keep mine',
  'weights.conflict':
    'The weights in the spreadsheet changed since the sidebar loaded them (saved by someone, or edited on the sheet). Nothing of yours was written. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table (the other changes are dropped).',
  'weights.changedWhileEditing':
    'The weights sheet changed since you opened it (saved by someone, or edited on the sheet); the preview uses your unsaved weights. Reload theirs (your changes are dropped), or keep yours and apply them over the whole table.',
  'weights.followed': 'The weights sheet changed; the sidebar shows it as it is now.',
  'weights.saving': 'Saving the weights...',
  'weights.saved': 'Saved. Every DISTMODEL formula that uses the weights sheet recalculates.',
  'weights.notSavedConflict': 'Not saved: the weights changed in the spreadsheet since you loaded them.',
  'weights.notSavedInvalid': 'Not saved: the weights table has problems (listed above).',
  'weights.weightLabel': '{factor} weight',
  'weights.changed': ' (changed)',
  'weights.level': 'Level',
  'weights.from': 'from {number}',
  'weights.cellLabel': '{factor} {level}: {model}',

  // Score products
  'bulk.title': 'Score products',
  'bulk.rows': 'Rows',
  'bulk.wholeTable': 'Whole product table',
  'bulk.selectedRows': 'Selected rows',
  'bulk.write': 'Write',
  'bulk.formulas': 'Live formulas (follow the weights)',
  'bulk.values': 'Frozen values (for people without the add-on)',
  'bulk.progress': 'Scoring progress',
  'bulk.stop': 'Stop',
  'bulk.stopping': 'Stopping...',
  'bulk.run': 'Score products',
  'bulk.scoring': 'Scoring...',
  'bulk.overwrite': 'Overwrite',
  'bulk.cancel': 'Cancel',
  'bulk.andMore': 'and {count} more',
  'bulk.progressText': '{done} of {total} rows',
  'bulk.progressStatus': 'Scoring: {done} of {total} rows written.',
  'bulk.setup': 'Set up a product sheet',
  'bulk.creating': 'Creating a product sheet...',
  'bulk.created': 'Created the sheet "{sheet}" with example rows. Add your products, then score.',
  'bulk.nothingWritten': 'Nothing was written.',
  'bulk.resume': 'Resume',
  'bulk.stopped': 'Stopped after {done} of {total} rows; the rows written are complete.',
  'bulk.liveFormula': 'the live formula at {formulas}',
  'bulk.liveFormulas': 'the live formulas at {formulas}',
  'bulk.covering': '{cell} (covering {range})',
  'bulk.replaceOne':
    'The selected rows are results of {live}: frozen values for them replace that formula with frozen values for every row it covers, which then no longer follow the weights.',
  'bulk.replaceMany':
    'The selected rows are results of {live}: frozen values for them replace those formulas with frozen values for every row they cover, which then no longer follow the weights.',
  'bulk.ownOne': 'One cell of {range} holds your own content.',
  'bulk.ownMany': '{count} cells of {range} hold your own content.',
  'bulk.askReplaceOne': 'Replace it?',
  'bulk.askReplaceMany': 'Replace them?',
  'bulk.askWriteOne': 'Write over it?',
  'bulk.askWriteMany': 'Write over them?',
  'bulk.doneFormulas': 'Scored {rows} rows into {range} as live DISTMODEL formulas{replaced}.',
  'bulk.doneValues': 'Scored {rows} rows into {range} as frozen values{replaced}.',
  'bulk.replacing': ', replacing {live}',
  'bulk.askedAgain': 'The server asked again for permission to overwrite cells.',
  'bulk.noProgress': 'Scoring made no progress; please try again.',

  // Portfolio
  'summary.title': 'Portfolio',
  'summary.empty': 'Score your products or press Refresh to see how many fall in each model.',
  'summary.text': '{total} products in the table{where}{thin}{problems}. Counted at {time}.',
  'summary.thin':
    ', {thin} of the {scored} scored on thin evidence (under 30% of the weight known: their model may change as blanks are filled)',
  'summary.problems': '; {count} with problems',
  'summary.uncoveredOne':
    '{count} product row has no result: the live formulas do not reach row {rows}; press Cover them to write live formulas over every row.',
  'summary.uncoveredMany':
    '{count} product rows have no result: the live formulas do not reach row {rows}; press Cover them to write live formulas over every row.',
  'summary.cover': 'Cover them',
  'summary.on': ' on "{sheet}"',
  'summary.elsewhere': 'You are on "{active}" now: press Refresh to count its table.',
  'bulk.lastFinished': 'The last run on this sheet finished at {time}: {rows} rows in {range}.',
  'bulk.lastStopped':
    'A run on this sheet started at {time} stopped after {done} of {total} rows (the sidebar was closed or reloaded); the rows written are complete. Resume goes on from there.',
  'summary.refresh': 'Refresh',
  'summary.counting': 'Counting the products...',
  'summary.updated': 'Summary updated.',
  'summary.whichWeights': 'Which weights matter?',
  'summary.checking': 'Checking each weight halved and doubled...',
  'summary.checked': 'Weights checked against the saved table.',
  'summary.insert': 'Insert chart in sheet',
  'summary.inserting': 'Inserting the chart...',
  'summary.inserted': 'Chart inserted in the sheet "{sheet}".',

  // Learn from my products
  'fit.title': 'Learn from my products',
  'fit.intro':
    'Fit the weights to the products whose model you already know. The fit is offered only when it agrees with more products it did not see than your saved weights.',
  'fit.column': 'Column with the known model',
  'fit.strength': 'Strength (most an affinity may move)',
  'fit.default': '{value} (default)',
  'fit.pressFind': 'Press Find columns',
  'fit.dirty': 'Apply or discard your unsaved weight changes first: the fit starts from the saved weights.',
  'fit.find': 'Find columns',
  'fit.learn': 'Learn',
  'fit.apply': 'Apply',
  'fit.discard': 'Discard',
  'fit.discarded': 'Fit discarded.',
  'fit.noTable': 'No product table',
  'fit.columnOption': '{header} ({named} of {rows} name a model)',
  'fit.columnNumber': 'Column {column}',
  'fit.chooseColumn': 'Choose a column...',
  'fit.noModelColumn':
    'No column of "{sheet}" names a model yet: add one with the model each product is sold through.',
  'fit.found': 'Found the product table on "{sheet}". Check the column, then press Learn.',
  'fit.looking': 'Looking at the active sheet...',
  'fit.agreement': 'Agreement on products the fit did not see ({folds}):',
  'fit.leaveOneOut': 'each product profile left out in turn, {folds} profiles',
  'fit.kFold': '{folds}-fold cross-validation grouped by product profile',
  'fit.savedWeights': 'Saved weights',
  'fit.fittedWeights': 'Fitted weights',
  'fit.agreeCount': '{agree} of {total}',
  'fit.percent': '{percent}%',
  'fit.adopted': 'The fit agrees with more products it did not see. {count} affinities would change:',
  'fit.notBetter':
    'The fit does not beat your saved weights on products it did not see by more than chance, or does worse on a model, so nothing would change.',
  'fit.noChange': 'Fitted on every product, the weights round to your saved ones, so nothing would change.',
  'fit.learning': 'Learning from your products...',
  'fit.saving': 'Saving the fitted weights...',
  'fit.savedFit': 'Saved the fitted weights. Every DISTMODEL formula that uses them recalculates.',
  'fit.conflict':
    'Not saved: the weights in the spreadsheet changed since the fit read them (saved by someone, or edited on the sheet). Press Learn to fit the table as it is now.',
  'fit.notSaved': 'Not saved: {problems}',
  'fit.dropped': 'The saved weights changed, so the fit was dropped: press Learn again.',
  'fit.cellChange': '{model}: {from} to {to}',
  'fit.perModel': 'Per model, on unseen products (balanced accuracy {before} → {after})',
  'fit.model': 'Model',
  'fit.saved': 'Saved',
  'fit.fit': 'Fit',
  'fit.row': 'Row {row}',
  'fit.hurt': 'The fit gets more unseen products of {models} wrong.',
  'fit.criteria': 'Criteria weights: {changes}.',
  'fit.skipped': '{count} rows were left out: their model or cells could not be read (see the summary).',
  'fit.changes': 'Answers the fit changes',
  'fit.wouldChange': 'Answers that would change',
  'fit.stillWrong': 'Still wrong',
  'fit.stillWrongItem': 'sold through {known}, the table says {table}',
  'fit.changedItem': '{start} → {table} (sold through {known})',

  // Team
  'team.title': 'Team',
  'team.intro': 'Several raters per product: where they disagree, and whether it changes the answer.',
  'team.show': 'Show raters',
  'team.setup': 'Set up ratings',
  'team.reading': 'Reading the ratings...',
  'team.created': 'Created "{sheet}": each rater fills their own rows.',
  'team.selectRow': 'Select a rating row of "{sheet}" that names a product to see its raters.',
  'team.portfolio': 'Portfolio: {changing} of {total} products where the disagreement changes the answer',
  'team.agree': "{model}: {agreeing} raters' own ratings give it ({confidence}).",
  'team.noChange': 'Where they disagree, it does not change the answer.',
  'team.changes': 'The disagreement changes the answer.',
  'team.noSettle': "No one factor changes any rater's model: talk the disputed ones through together.",
  'team.settle': 'To settle: {settle}.',
  'team.blankDecides':
    'No factor is in dispute, so a blank makes the difference: ask whoever left a factor blank to fill it.',
  'team.noDispute': 'No factor is in dispute.',
  'team.minority': 'It wins on the average score, not by votes.',
  'team.oneRater': "{model} ({confidence}), from one rater's ratings: see the note below.",
  'team.factor': 'Factor',
  'team.disputed': ' disputed',
  'team.ownModel': 'Own model',
  'team.caption': "{product}: each rater's levels",

  // Larger than a sheet? (BigQuery)
  'bq.title': 'Larger than a sheet?',
  'bq.summary': 'Score millions of products in BigQuery',
  'bq.intro': 'The same scoring runs as a BigQuery function, row by row, with your weights.',
  'bq.dataset': 'Dataset',
  'bq.copy': 'Copy the SQL',
  'bq.getting': 'Getting the SQL...',
  'bq.sqlLabel': 'SQL of the BigQuery function',
  'bq.copied': 'Copied. Paste it into BigQuery.',
  'bq.selected': 'The SQL is selected below: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  'bq.step1':
    'In the Google Cloud console, open BigQuery and run the copied SQL: it creates the function in your dataset.',
  'bq.step2':
    "Score your products table into a new one (ds: your dataset; '' means the Balanced weights, or give a preset's name): {sql}",
  'bq.step3':
    'In Sheets: Data > Data connectors > Connect to BigQuery, and pick ds.scored. Pivot tables, charts and formulas on the connected sheet use every row.',
  'weights.noHeader': 'The table cannot be shown until its header is fixed.',
} as const;

/** A message id. */
export type MessageKey = keyof typeof en;
/** One language's words: every key, no more. */
export type Catalogue = { readonly [K in MessageKey]: string };
