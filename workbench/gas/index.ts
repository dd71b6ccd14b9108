// Public API of the in-memory Apps Script stand-ins (issue #3 §1). Import from here only.
//
// HyperFormula (GPL-3.0) runs underneath. It is a development dependency of the workbench and the tests
// only: nothing under src/ may import this folder, so nothing of it ends up in dist/.
export { type Addon, findCustomFunctions, loadAddon, openSpreadsheet } from './addon';
export { AuthMode, PermissionError } from './auth-mode';
export type { CallCounter } from './calls';
export {
  createEnvironment,
  DocumentState,
  Environment,
  type EnvironmentOptions,
  type GasServices,
} from './environment';
export { escapeHtml } from './html';
export {
  CUSTOM_FUNCTION_LIMITS,
  type CustomFunctionLimits,
  type CustomFunctionStats,
  EXECUTION_LIMIT_MS,
  LIMIT_MESSAGES,
} from './limits';
export type { UnflushedRelease } from './lock';
export { STORE_LIMIT_BYTES, VALUE_LIMIT_BYTES } from './properties';
export type { ChartRecord, ProtectionRecord } from './records';
export type {
  AuthModeName,
  CellError,
  CellValue,
  CustomFunctionImpl,
  GridRange,
  WorkbookChange,
} from './types';
export {
  Button,
  type ButtonName,
  ButtonSet,
  type DialogAnswer,
  type DialogRequest,
  type MenuRecord,
  UiLog,
} from './ui';
export {
  SHEETS_CELL_LIMIT,
  SHEETS_COLUMN_LIMIT,
  Workbook,
  type WorkbookOptions,
  type WorkbookSnapshot,
} from './workbook';
