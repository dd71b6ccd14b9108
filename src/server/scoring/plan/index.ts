// Pure planning of live output: how many rows a formula may hold within Google's limits, and tallies. No Apps Script here.
// The door of src/server/scoring/plan/: code outside this folder imports from here.
export * from './limits';
export * from './live-plan';
export * from './tally';
