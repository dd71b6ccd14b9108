// Everything the sidebar's first screen needs, put into its HTML template so opening it costs no extra
// round trip. A few reads: the weights sheet once, the top rows of the active sheet and the active row.
import { CLOSE_CALL_MARGIN } from '../engine';
import { CATALOGUES } from '../i18n';
import type { InitialState } from '../shared/sidebar-contract';
import { readActiveRow } from './active-row';
import { lastRun } from './scoring';
import { readingOf } from './sheets';
import { userLanguage } from './user-language';
import { detectionScorer, presetInfos, readWeightsState } from './weights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function initialState(ss: Spreadsheet): InitialState {
  const weights = readWeightsState(ss, { remember: true });
  const { locale } = readingOf(ss);
  const language = userLanguage();
  const context = { scorers: [() => detectionScorer(weights.grid)], locale: () => locale };
  const sheet = ss.getActiveSheet();
  return {
    presets: presetInfos(),
    weights,
    activeRow: readActiveRow(sheet, { shown: null, locale }, context),
    locale,
    closeCallMargin: CLOSE_CALL_MARGIN,
    language,
    // The sidebar carries no catalogue: the user's words travel with the state.
    words: CATALOGUES[language],
    lastRun: lastRun(sheet.getSheetId()),
  };
}

/**
 * JSON for `<script type="application/json">`: every "<" escaped so no value (a product named
 * "</script>...") can end the script element or open a comment; JSON.parse reads \u003c back as "<".
 */
export function initialStateJson(state: InitialState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}
