// Types shared by the stand-ins and exported from index.ts.

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** What Range.getValues returns per cell: "" for empty, numbers, booleans, strings, Dates. */
export type CellValue = string | number | boolean | Date;

/** A cell's error as Sheets shows it: type like '#REF!', '#ERROR!', '#N/A'; message is the tooltip text. */
export interface CellError {
  readonly type: string;
  readonly message: string;
}

/** A 1-based rectangle on one sheet (Apps Script's convention). */
export interface GridRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A custom function as registered into the formula engine: receives arguments converted as Sheets does. */
export type CustomFunctionImpl = (...args: unknown[]) => unknown;

export interface WorkbookChange {
  /** Sheets whose values may have changed (recalculation included). */
  readonly sheets: readonly string[];
}
