// Scoring whole tables: the bulk run, its panel and the portfolio summary with its chart.
// The door of sidebar/bulk/: code outside this folder imports from here.
export * from './bulk-panel';
export * from './bulk-run';
export * from './bulk-texts';
export * from './summary-chart';
export * from './summary-panel';
