// Scoring tables from the sidebar: bulk jobs, live formula output, the output record and the portfolio summary. Pure planning lives in plan/.
// The door of src/server/scoring/: code outside this folder imports from here.
export * from './bulk-score';
export * from './formula-output';
export * from './last-run';
export * from './output-marker';
export * from './output-record';
export * from './output-region';
export * from './plan';
export * from './scoring-job';
export * from './scoring-snapshot';
export * from './summary';
