// The row under the cursor: its preview, explanation and what would change it.
// The door of sidebar/preview/: code outside this folder imports from here.
export * from './preview';
export * from './preview-panel';
export * from './tornado-chart';
export * from './what-if';
export * from './what-if-panel';
