// The engine's public surface, one door per part. Nothing here knows about Apps Script: plain data in, plain
// data out.
export * from './basics';
export * from './consensus';
export * from './formulas';
export * from './hosts';
export * from './learning';
export * from './model';
export * from './reading';
export * from './scoring';
export * from './what-if';
