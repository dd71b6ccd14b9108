// Formula errors as Sheets shows them. HyperFormula's error types and messages differ in places
// (#CYCLE!, #SPILL!, its own wording); the cell shows Sheets' type, the tooltip Sheets' kind of message.
import { CellError, type DetailedCellError, ErrorType } from 'hyperformula';
import type { CellError as SheetsCellError } from './types';

export type EngineErrorType = keyof typeof ErrorType;

export function engineError(type: EngineErrorType, message: string): CellError {
  return new CellError(ErrorType[type], message);
}

/** True for the engine's own error values (arguments that are errors propagate, as in Sheets). */
export function isEngineError(value: unknown): value is CellError {
  return value instanceof CellError;
}

const TYPES: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
};

export function toSheetsError(error: DetailedCellError): SheetsCellError {
  const type = TYPES[error.type] ?? error.value;
  return { type, message: sheetsMessage(error) };
}

function sheetsMessage(error: DetailedCellError): string {
  const message = error.message ?? '';
  if (error.type === 'CYCLE')
    return 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
  // HyperFormula's own arrays (e.g. TRANSPOSE) that cannot spill.
  if (error.type === 'SPILL') return 'Array result was not expanded because it would overwrite data.';
  const fn = /^Function name (.+) not recognized\.$/.exec(message);
  if (fn) return `Unknown function: '${fn[1]}'.`;
  const name = /^Named expression (.+) not recognized\.$/.exec(message);
  if (name) return `Unknown range name: '${name[1]}'.`;
  if (message.startsWith('Parsing error')) return 'Formula parse error.';
  return message;
}
