// The Weights panel: the draft table, sliders, affinity grid, unsaved guard and weight shifts.
// The door of sidebar/weights/: code outside this folder imports from here.
export * from './affinity-grid';
export * from './unsaved-guard';
export * from './weight-shifts-table';
export * from './weight-slider';
export * from './weights-draft';
export * from './weights-notes';
export * from './weights-panel';
