// The sidebar's state in one place, so the preview, the weights editor and the summary stay in step. Panels
// subscribe and are told what changed: an edit inside the editor must not rebuild the control being typed in,
// while a preset or a reload replaces the whole table.
import type {
  ActiveRow,
  InitialState,
  LastRun,
  PortfolioSummary,
  PresetInfo,
  ScoreRequest,
  WeightsGrid,
  WeightsState,
} from '../src/shared/sidebar-contract';
import { cloneGrid, type DraftTable, readDraft, sameGrid } from './draft-table';

export interface SidebarState {
  readonly presets: readonly PresetInfo[];
  /** The table as last read from or written to the spreadsheet. */
  readonly saved: WeightsState;
  /** The table being edited; equal to saved.grid when nothing is unsaved. */
  readonly draft: WeightsGrid;
  readonly activeRow: ActiveRow | null;
  readonly summary: PortfolioSummary | null;
}

export type Change =
  /** saved (and the draft with it) came from the server. */
  | 'saved'
  /** The draft was replaced whole (preset, reset, discard). */
  | 'draft-replaced'
  /** One value of the draft changed (a slider, a cell). */
  | 'draft-edited'
  | 'row'
  | 'summary'
  /** The poll saw the weights sheet at another version than saved (a hand edit, a colleague's save, Undo). */
  | 'weights-changed'
  /** The poll saw the weights sheet under another name (its tab renamed): saved.sheetName follows it. */
  | 'weights-renamed'
  /** Another panel asks Score products to run (the Portfolio's fix for rows without a result). */
  | 'run-requested';

export class Store {
  private current: SidebarState;
  private readonly listeners: ((change: Change) => void)[] = [];
  /** The weights version the server last reported; each new one is looked at once. */
  private polledVersion: string;
  /** The run another panel asked for, until Score products takes it. */
  private requestedRun: ScoreRequest | null = null;
  /** The draft as last read by the engine; read again only when the draft is a new grid. */
  private draftRead: DraftTable | null = null;
  /** How the last scoring run on the active sheet ended when the sidebar opened (null: none known). */
  readonly lastRun: LastRun | null;
  /** The spreadsheet's locale from the first screen, sent back so the poll need not read it (undefined: unknown). */
  readonly locale: string | null | undefined;

  constructor(initial: InitialState) {
    this.current = {
      presets: initial.presets,
      saved: initial.weights,
      draft: cloneGrid(initial.weights.grid),
      activeRow: initial.activeRow,
      summary: null,
    };
    this.polledVersion = initial.weights.version;
    this.locale = initial.locale;
    this.lastRun = initial.lastRun ?? null;
  }

  get state(): SidebarState {
    return this.current;
  }

  /**
   * The draft as the engine reads it (its problems, its compiled table), parsed once per draft: the draft is
   * replaced, never mutated, on every edit.
   */
  get draftTable(): DraftTable {
    if (this.draftRead?.grid !== this.current.draft) this.draftRead = readDraft(this.current.draft);
    return this.draftRead;
  }

  get dirty(): boolean {
    return !sameGrid(this.current.saved.grid, this.current.draft);
  }

  /** Whether the weights sheet was seen at another version than the saved one the sidebar edits against. */
  get sheetChanged(): boolean {
    return this.polledVersion !== this.current.saved.version;
  }

  /**
   * The version the poll read; a new one that differs from saved is announced as 'weights-changed'. The
   * sheet's name as the poll read it, when another than saved's, is taken and announced as 'weights-renamed'.
   */
  noticeWeightsVersion(version: string | null, sheetName: string | null = null): void {
    const { saved } = this.current;
    // A renamed tab is where the weights are saved now: said at once, not after a reload (issue #17).
    if (sheetName !== null && saved.sheetName !== null && sheetName !== saved.sheetName) {
      this.current = { ...this.current, saved: { ...saved, sheetName } };
      this.emit('weights-renamed');
    }
    if (version === null || version === this.polledVersion) return;
    this.polledVersion = version;
    if (this.sheetChanged) this.emit('weights-changed');
  }

  subscribe(listener: (change: Change) => void): void {
    this.listeners.push(listener);
  }

  /** New weights from the server; keepDraft leaves the user's edits in place (after a conflict). */
  setSaved(saved: WeightsState, keepDraft = false): void {
    this.current = { ...this.current, saved, draft: keepDraft ? this.current.draft : cloneGrid(saved.grid) };
    this.polledVersion = saved.version;
    this.emit('saved');
  }

  replaceDraft(grid: WeightsGrid): void {
    this.current = { ...this.current, draft: cloneGrid(grid) };
    this.emit('draft-replaced');
  }

  editDraft(grid: WeightsGrid): void {
    this.current = { ...this.current, draft: grid };
    this.emit('draft-edited');
  }

  setActiveRow(activeRow: ActiveRow | null): void {
    this.current = { ...this.current, activeRow };
    this.emit('row');
  }

  setSummary(summary: PortfolioSummary): void {
    this.current = { ...this.current, summary };
    this.emit('summary');
  }

  /** Asks Score products to run `request`, with its questions and progress, as its own button would. */
  requestRun(request: ScoreRequest): void {
    this.requestedRun = request;
    this.emit('run-requested');
  }

  /** The run asked for, once: null when none is waiting. */
  takeRunRequest(): ScoreRequest | null {
    const request = this.requestedRun;
    this.requestedRun = null;
    return request;
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}
