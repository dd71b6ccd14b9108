// The shared weights sheet: finding it, reading and saving it, its version, and formulas that read other weights.
// The door of src/server/weights/: code outside this folder imports from here.
export * from './formula-weights';
export * from './version';
export * from './weights-audit';
export * from './weights-grid';
export * from './weights-location';
export * from './weights-store';
