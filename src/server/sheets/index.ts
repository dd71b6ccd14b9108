// Reading the spreadsheet: cells, product tables, locale, document properties and sheet names.
// The door of src/server/sheets/: code outside this folder imports from here.
export * from './cells';
export * from './document-store';
export * from './hash';
export * from './literal';
export * from './locale';
export * from './plain';
export * from './product-table';
export * from './sheet-names';
