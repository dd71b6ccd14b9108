// Scores a single product given as headers and values, returning plain data: what the sidebar's live
// preview shows and what crosses google.script.run.

import { isUnstartedRow } from '../basics/row-state';
import { mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { explainRow, type RowExplanation } from './explain';
import { createWorkspace, EMPTY_ROW_MESSAGE, scoreInto } from './score';
import type { Scorer } from './scorer';

export type ProductResult =
  | { readonly status: 'blank' }
  | { readonly status: 'empty'; readonly message: string }
  | { readonly status: 'invalid'; readonly messages: readonly string[] }
  | { readonly status: 'scored'; readonly explanation: RowExplanation };

export function scoreProduct(
  scorer: Scorer,
  headers: readonly unknown[],
  values: readonly unknown[],
  reading: Reading = {},
): ProductResult {
  if (isUnstartedRow(values)) return { status: 'blank' };
  const columns = mapHeader(scorer, headers);
  const bound = bindReading(scorer, columns, headers, reading);
  const ws = createWorkspace(bound);
  scoreInto(bound, ws, values, columns.factorColumn);
  switch (ws.status) {
    case 'blank':
      return { status: 'blank' };
    case 'empty':
      return { status: 'empty', message: EMPTY_ROW_MESSAGE };
    case 'invalid':
      return { status: 'invalid', messages: [...ws.messages] };
    case 'scored':
      return { status: 'scored', explanation: explainRow(bound, ws) };
  }
}
