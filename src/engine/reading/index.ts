// Reading cells: headers to factors, values to levels, amounts, units, locales and placeholders.
// The door of src/engine/reading/: other parts import from here.
export { mapColumnInGrid } from './column-mapping';
export { type ColumnDescription, type ColumnRole, describeColumns } from './column-roles';
export { type ColumnMatch, countKnownHeaders, HEADER_MIN_MATCHES, mapHeader } from './columns';
export { type DecimalMark, decimalMarkOf } from './number-locale';
export { errorValueOf, isPlaceholder } from './placeholders';
export { parseAmount, readAmountText } from './price';
export type { Reading } from './reading';
