// The conversation with the server that bulk scoring is: ask, maybe get asked for permission to write over
// the user's cells, then keep calling while the server reports a partial result, until done or stopped.
// It knows nothing of the DOM; the panel supplies the questions and the progress display.
import type {
  LiveOutput,
  ScoreMode,
  ScoreRequest,
  ScoreResult,
  ScoreScope,
} from '../../src/shared/sidebar-contract';
import type { ClientApi } from '../api';
import { t } from '../words';

export interface ScoringUi {
  /**
   * Asks the user whether to write over their cells; resolves true only when they agree. `count` is how
   * many cells in all (the server may list only the first few); `replacesLive` the live formulas frozen
   * values would replace.
   */
  confirmOverwrite(
    range: string,
    occupiedCells: readonly string[],
    count: number,
    replacesLive: readonly LiveOutput[],
  ): Promise<boolean>;
  progress(done: number, total: number): void;
  /** Checked after each chunk: the Stop button. */
  stopRequested(): boolean;
}

/** The server's final answer of a kind, as an outcome: its fields as the contract defines them. */
type Final<S extends ScoreResult['status']> = { readonly kind: S } & Omit<
  Extract<ScoreResult, { status: S }>,
  'status'
>;

/** A final answer of the server as the outcome it is: the same fields, `kind` for `status`. */
function asOutcome(result: Extract<ScoreResult, { status: 'done' | 'no-table' }>): ScoringOutcome {
  const { status, ...fields } = result;
  return { kind: status, ...fields } as ScoringOutcome;
}

export type ScoringOutcome =
  | Final<'done'>
  | { readonly kind: 'declined' }
  | {
      readonly kind: 'stopped';
      readonly request: ScoreRequest;
      readonly done: number;
      readonly total: number;
    }
  | Final<'no-table'>;

/** Chunks in a row that move no row forward before the loop gives up instead of spinning. */
const MAX_STALLED_CHUNKS = 3;

export function startRequest(scope: ScoreScope, mode: ScoreMode): ScoreRequest {
  return { scope, mode, overwrite: false, jobId: null };
}

export async function runScoring(
  api: Pick<ClientApi, 'scoreProducts'>,
  first: ScoreRequest,
  ui: ScoringUi,
): Promise<ScoringOutcome> {
  let request = first;
  let lastDone = -1;
  let stalled = 0;
  for (;;) {
    const result: ScoreResult = await api.scoreProducts(request);
    switch (result.status) {
      case 'done':
      case 'no-table':
        return asOutcome(result);
      case 'needs-confirmation': {
        // With overwrite already granted the server must not ask again; asking twice would loop forever.
        if (request.overwrite) throw new Error(t('bulk.askedAgain'));
        const agreed = await ui.confirmOverwrite(
          result.range,
          result.occupiedCells,
          result.occupiedCount,
          result.replacesLive,
        );
        if (!agreed) return { kind: 'declined' };
        request = { ...request, overwrite: true };
        break;
      }
      case 'partial':
        ui.progress(result.done, result.total);
        stalled = result.done > lastDone ? 0 : stalled + 1;
        lastDone = result.done;
        if (stalled >= MAX_STALLED_CHUNKS) throw new Error(t('bulk.noProgress'));
        request = { ...request, jobId: result.jobId };
        if (ui.stopRequested()) return { kind: 'stopped', request, done: result.done, total: result.total };
        break;
    }
  }
}
