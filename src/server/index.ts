// Every function Apps Script can call, and nothing else: custom functions, triggers, menu actions and
// the sidebar's server calls. scripts/build.mjs turns each export into a top-level function.
import type { SidebarApi } from '../shared/sidebar-contract';
import type * as entries from './entry-points';

export {
  DISTMODEL,
  DISTMODEL_CONSENSUS,
  DISTMODEL_FIT,
  DISTMODEL_SENSITIVITY,
  DISTMODEL_WEIGHTS,
} from './custom-functions';
export {
  fitWeights,
  getActiveRow,
  getBigQuerySql,
  getFitSource,
  getInitialState,
  getPortfolioSummary,
  getSelection,
  getTeamView,
  getWeightShifts,
  getWeights,
  insertSummaryChart,
  openSidebar,
  saveWeights,
  scoreProducts,
  scoreSelectedRows,
  setupProductSheet,
  setupRatingsSheet,
  showHelp,
  useSharedWeights,
} from './entry-points';
export { onInstall, onOpen } from './triggers';

/** Compile-time check: the sidebar's server calls are exactly the contract's (a type, so nothing is emitted). */
type Implements<T extends SidebarApi> = T;
export type SidebarEntryPoints = Implements<Pick<typeof entries, keyof SidebarApi>>;
