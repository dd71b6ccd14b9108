// Learning weights from the user's known products: reading the fit grid and running the fit.
// The door of src/server/learning/: code outside this folder imports from here.
export * from './fit-grid';
export * from './learn-from-sheet';
