// The names the shared configuration goes by in a spreadsheet, as users see them and formulas read them:
// known alike to the server (which creates them), the sidebar (which speaks of them) and the workbench
// (whose sample spreadsheet is set up as the add-on would set it up).

/** The sheet Apply creates for the weights table (the user may rename it; developer metadata follows it). */
export const WEIGHTS_SHEET_NAME = 'DistModel weights';
/** The named range formulas read the shared weights through: =DISTMODEL(A1:L50, DistModelWeights). */
export const WEIGHTS_RANGE_NAME = 'DistModelWeights';
