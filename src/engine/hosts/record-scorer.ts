// Scores products that arrive one at a time as records keyed by header (a warehouse row, a CSV line): the
// entry point for hosts other than Sheets. It maps the columns once per header set, not once per record:
// mapping and binding a block's reading costs far more than scoring a row (680 us against 12 us a row,
// measured when the issue was filed), and a warehouse sends millions of records with the same keys.
// Nothing here uses Intl or toLocaleString: BigQuery's JavaScript may lack them (docs/live-checks.md).

import { CallError } from '../basics/call-error';
import { rowMessage } from '../basics/row-message';
import { isUnstartedRow } from '../basics/row-state';
import { MODEL_DISPLAY_NAMES, MODEL_IDS } from '../model/models';
import { mapHeader } from '../reading/columns';
import { bindReading, type Reading } from '../reading/reading';
import { judgeFrom } from '../scoring/confidence';
import { createWorkspace, EMPTY_ROW_MESSAGE, scoreInto, type Workspace } from '../scoring/score';
import type { Scorer } from '../scoring/scorer';
import { evidenceOf, evidenceText, fromTenths, shownMarginTenths, shownScoreTenths } from '../scoring/shown';
import { scorerFromWeightsText } from './weights-text';

/** A field of the result: its name (a SQL identifier) and its BigQuery type. */
export interface HostField {
  readonly name: string;
  readonly type: 'STRING' | 'FLOAT64';
}

/** A model's score field: "direct-assisted" -> "direct_assisted". */
const scoreField = (id: string) => id.replace(/-/g, '_');

/**
 * The fields of one result, in order: the model, its four scores (model order), the margin, the
 * confidence and the evidence. The SQL function's STRUCT is generated from this list.
 */
export const HOST_FIELDS: readonly HostField[] = [
  { name: 'model', type: 'STRING' },
  ...MODEL_IDS.map((id): HostField => ({ name: scoreField(id), type: 'FLOAT64' })),
  { name: 'margin', type: 'FLOAT64' },
  { name: 'confidence', type: 'STRING' },
  { name: 'evidence', type: 'STRING' },
];

/**
 * One product's result: every field of HOST_FIELDS. Scores and margin are points with one decimal, as the
 * cells of DISTMODEL show them. A product that cannot be scored has its message (as DISTMODEL writes it in
 * its first cell) in `model` and null elsewhere; a blank record is null throughout.
 */
export type HostResult = Record<string, string | number | null>;

/** What a host needs: score one record. */
export interface RecordScorer {
  /** Scores one product given as { header: value }. Never throws for bad values. */
  score(product: Readonly<Record<string, unknown>>): HostResult;
}

interface BoundColumns {
  readonly keys: readonly string[];
  readonly bound: Scorer;
  readonly columns: Int32Array;
  readonly ws: Workspace;
  readonly row: unknown[];
}

// A warehouse table has one header set, but JSON objects do not promise key order: a few orders of the
// same keys may arrive. Past this many the cache starts again rather than grow without bound.
const MAX_HEADER_SETS = 64;

function nullResult(model: string | null): HostResult {
  const out: HostResult = {};
  for (const field of HOST_FIELDS) out[field.name] = null;
  out.model = model;
  return out;
}

function resultOf(bound: Scorer, ws: Workspace): HostResult {
  if (ws.status === 'blank') return nullResult(null);
  if (ws.status === 'invalid') return nullResult(rowMessage(ws.messages));
  if (ws.status === 'empty') return nullResult(EMPTY_ROW_MESSAGE);
  const out: HostResult = { model: MODEL_DISPLAY_NAMES[ws.best] as string };
  MODEL_IDS.forEach((id, m) => {
    out[scoreField(id)] = fromTenths(shownScoreTenths(ws, m));
  });
  const marginTenths = shownMarginTenths(ws);
  const evidence = evidenceOf(bound, ws);
  out.margin = fromTenths(marginTenths);
  out.confidence = judgeFrom(ws, evidence).confidence;
  out.evidence = evidenceText(evidence);
  return out;
}

/**
 * A record scorer for one compiled weights table and one reading (the locale text amounts are written in).
 * Columns are mapped by header, as DISTMODEL maps a headed block, once per distinct key list.
 */
export function createRecordScorer(scorer: Scorer, reading: Reading = {}): RecordScorer {
  const byKeys = new Map<string, BoundColumns>();
  const bind = (keys: string[]): BoundColumns => {
    const columns = mapHeader(scorer, keys);
    const bound = bindReading(scorer, columns, keys, reading);
    return { keys, bound, columns: columns.factorColumn, ws: createWorkspace(bound), row: [] };
  };
  return {
    score(product) {
      const keys = Object.keys(product);
      const id = keys.join('\u0000');
      let bound = byKeys.get(id);
      if (!bound) {
        if (byKeys.size >= MAX_HEADER_SETS) byKeys.clear();
        bound = bind(keys);
        byKeys.set(id, bound);
      }
      const { row, ws } = bound;
      row.length = keys.length;
      for (let c = 0; c < keys.length; c++) row[c] = product[keys[c] as string];
      if (isUnstartedRow(row)) return nullResult(null);
      scoreInto(bound.bound, ws, row, bound.columns);
      return resultOf(bound.bound, ws);
    },
  };
}

// A weights argument is usually the same text on every row of a query: its scorer (or its error) is kept.
const MAX_WEIGHTS_TEXTS = 16;
const byWeights = new Map<string, RecordScorer | string>();

function recordScorerFor(weights: string): RecordScorer | string {
  let known = byWeights.get(weights);
  if (known === undefined) {
    try {
      known = createRecordScorer(scorerFromWeightsText(weights));
    } catch (err) {
      if (!(err instanceof CallError)) throw err;
      known = `weights: ${err.message}`;
    }
    if (byWeights.size >= MAX_WEIGHTS_TEXTS) byWeights.clear();
    byWeights.set(weights, known);
  }
  return known;
}

/**
 * Scores one product, `product` keyed by column header as a warehouse row arrives ({ Product: "Slack",
 * Customer: "B2B", Price: 8.75, ... }), with `weights`: a weights table as CSV text or a preset name,
 * blank for Balanced. Returns the fields of HOST_FIELDS. Never throws for bad input: bad values give the
 * row's message in `model`; weights that cannot be read give their message in `model` on every row.
 */
export function scoreRecord(
  product: Readonly<Record<string, unknown>> | null | undefined,
  weights?: string | null,
): HostResult {
  const scorer = recordScorerFor(typeof weights === 'string' ? weights : '');
  if (typeof scorer === 'string') return nullResult(scorer);
  if (product === null || typeof product !== 'object' || Array.isArray(product)) return nullResult(null);
  return scorer.score(product);
}
