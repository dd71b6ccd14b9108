// How each header of the product table is read, with a "read as" choice.
// The door of sidebar/columns/: code outside this folder imports from here.
export * from './column-list';
export * from './columns-view';
