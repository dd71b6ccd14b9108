// Sheets' spill rule for custom functions, kept outside the formula engine because HyperFormula fixes
// an array's size when the formula is entered, while a custom function's result size depends on its data.
// A custom function's cell holds the top-left value; the other cells of its result are written as plain
// values owned by that cell. A result that would overwrite data the user owns is not expanded and the
// cell shows #REF! "Array result was not expanded because it would overwrite data in X".
// https://developers.google.com/apps-script/guides/sheets/functions#return_values (a 2-D array spills)
import { formatA1 } from '../../src/shared/a1';

/** A rectangle in engine coordinates: sheet id, 0-based row and column. */
export interface Area {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const ROW_BITS = 2 ** 24;
const COL_BITS = 2 ** 15;

export function cellKey(sheet: number, row: number, col: number): number {
  return (sheet * ROW_BITS + row) * COL_BITS + col;
}

export function decodeKey(key: number): { sheet: number; row: number; col: number } {
  const col = key % COL_BITS;
  const rest = (key - col) / COL_BITS;
  const row = rest % ROW_BITS;
  return { sheet: (rest - row) / ROW_BITS, row, col };
}

export function inArea(area: Area, sheet: number, row: number, col: number): boolean {
  return (
    area.sheet === sheet &&
    row >= area.row &&
    row < area.row + area.rows &&
    col >= area.col &&
    col < area.col + area.cols
  );
}

/**
 * Cells (keys) as few rectangles covering exactly them: runs along a row, then equal runs on consecutive
 * rows merged. Each engine write is an operation of its own (HyperFormula's batch re-scans its operations
 * on every write), so clearing a 1000-row spill is two writes, not 8000.
 */
export function areasOf(keys: Iterable<number>): Area[] {
  const runs: Area[] = [];
  for (const key of [...keys].sort((a, b) => a - b)) {
    const { sheet, row, col } = decodeKey(key);
    const last = runs.at(-1);
    if (last && last.sheet === sheet && last.row === row && last.col + last.cols === col)
      runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    else runs.push({ sheet, row, col, rows: 1, cols: 1 });
  }
  const areas: Area[] = [];
  const open = new Map<string, number>(); // sheet:col:cols -> index in areas of the rectangle ending above
  for (const run of runs) {
    const shape = `${run.sheet}:${run.col}:${run.cols}`;
    const index = open.get(shape);
    const above = index === undefined ? undefined : areas[index];
    if (index !== undefined && above && above.row + above.rows === run.row)
      areas[index] = { ...above, rows: above.rows + 1 };
    else {
      open.set(shape, areas.length);
      areas.push(run);
    }
  }
  return areas;
}

function intersects(a: Area, b: Area): boolean {
  return (
    a.sheet === b.sheet &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

function* cellsOf(area: Area): Generator<[row: number, col: number]> {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) yield [r, c];
  }
}

interface AnchorState {
  /** The whole result area, anchor included (also for a blocked result: where it would go). */
  readonly area: Area;
  readonly blocked: boolean;
  /** Engine-ready values of the whole area when spilled; null when blocked. */
  readonly values: readonly (readonly unknown[])[] | null;
}

/** Engine writes that bring the spilled cells in line with the latest evaluations. */
export interface SpillWrites {
  readonly clear: number[];
  readonly rects: { sheet: number; row: number; col: number; grid: unknown[][] }[];
  readonly cells: { key: number; value: unknown }[];
  /** Blocked custom-function cells whose way may now be free: the caller re-evaluates them. */
  readonly reevaluate: number[];
}

export class SpillTracker {
  private readonly anchors = new Map<number, AnchorState>();
  private readonly owner = new Map<number, number>();
  private pending = new Map<number, AnchorState>();

  /** True when the cell holds a value spilled by a custom function (not something the user wrote). */
  isSpilled(key: number): boolean {
    return this.owner.has(key);
  }

  /** During evaluation: the A1 of the first cell that blocks the result, or null when the way is free. */
  findBlocker(area: Area, isOccupied: (row: number, col: number) => boolean): string | null {
    const anchor = cellKey(area.sheet, area.row, area.col);
    for (const [r, c] of cellsOf(area)) {
      if (r === area.row && c === area.col) continue;
      const key = cellKey(area.sheet, r, c);
      const owner = this.owner.get(key);
      if (owner === anchor) continue;
      if (owner !== undefined || isOccupied(r, c)) return formatA1(r + 1, c + 1);
    }
    return null;
  }

  /** Records what a custom-function cell evaluated to; applied by takeWrites once the engine is done. */
  recordEvaluation(area: Area, blocked: boolean, values: unknown[][] | null): void {
    this.pending.set(cellKey(area.sheet, area.row, area.col), { area, blocked, values });
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  takeWrites(): SpillWrites {
    const writes: SpillWrites = { clear: [], rects: [], cells: [], reevaluate: [] };
    const pending = this.pending;
    this.pending = new Map();
    for (const [anchor, next] of pending) this.applyOne(anchor, next, writes);
    if (writes.clear.length > 0) writes.reevaluate.push(...this.blockedTouching(writes.clear));
    return writes;
  }

  private applyOne(anchor: number, next: AnchorState, writes: SpillWrites): void {
    const old = this.anchors.get(anchor);
    const spills = !next.blocked && next.values !== null && next.area.rows * next.area.cols > 1;
    if (old && !old.blocked) this.releaseCells(anchor, old.area, spills ? next.area : null, writes.clear);
    if (!spills) {
      if (next.blocked) this.anchors.set(anchor, next);
      else this.anchors.delete(anchor);
      return;
    }
    const { area } = next;
    const values = next.values as unknown[][];
    const sameShape =
      old && !old.blocked && old.values && old.area.rows === area.rows && old.area.cols === area.cols;
    for (const [r, c] of cellsOf(area)) {
      if (r !== area.row || c !== area.col) this.owner.set(cellKey(area.sheet, r, c), anchor);
    }
    if (sameShape) {
      for (const [r, c] of cellsOf(area)) {
        if (r === area.row && c === area.col) continue;
        const v = values[r - area.row]?.[c - area.col];
        if (!Object.is(v, old.values?.[r - area.row]?.[c - area.col]))
          writes.cells.push({ key: cellKey(area.sheet, r, c), value: v });
      }
    } else {
      // The anchor's own cell is the formula: write the rest of the first row, then the rows below.
      if (area.cols > 1)
        writes.rects.push({
          sheet: area.sheet,
          row: area.row,
          col: area.col + 1,
          grid: [values[0]?.slice(1) ?? []],
        });
      if (area.rows > 1)
        writes.rects.push({ sheet: area.sheet, row: area.row + 1, col: area.col, grid: values.slice(1) });
    }
    this.anchors.set(anchor, next);
  }

  /** Frees the cells an anchor owned (except those `keep` still covers), adding them to `clear`. */
  private releaseCells(anchor: number, area: Area, keep: Area | null, clear: number[], except?: Area): void {
    for (const [r, c] of cellsOf(area)) {
      if (r === area.row && c === area.col) continue;
      if (keep && inArea(keep, area.sheet, r, c)) continue;
      const key = cellKey(area.sheet, r, c);
      if (this.owner.get(key) !== anchor) continue;
      this.owner.delete(key);
      if (!except || !inArea(except, area.sheet, r, c)) clear.push(key);
    }
  }

  private blockedTouching(cleared: readonly number[]): number[] {
    const out: number[] = [];
    for (const [anchor, state] of this.anchors) {
      if (!state.blocked) continue;
      if (
        cleared.some((k) => {
          const { sheet, row, col } = decodeKey(k);
          return inArea(state.area, sheet, row, col);
        })
      )
        out.push(anchor);
    }
    return out;
  }

  /**
   * Before the user (or a script) writes `rect`: a result whose formula is overwritten disappears; a result
   * the write lands in stops spilling (it is blocked now); a blocked result whose way the write changes is
   * re-evaluated. Returns the spilled cells to clear outside `rect` and the formula cells to re-evaluate.
   */
  beforeUserWrite(rect: Area): { clear: number[]; reevaluate: number[] } {
    const clear: number[] = [];
    const reevaluate: number[] = [];
    for (const [anchor, state] of [...this.anchors]) {
      if (!intersects(state.area, rect)) continue;
      const anchorOverwritten = inArea(rect, state.area.sheet, state.area.row, state.area.col);
      if (!state.blocked) this.releaseCells(anchor, state.area, null, clear, rect);
      if (anchorOverwritten) {
        this.anchors.delete(anchor);
      } else {
        this.anchors.set(anchor, { area: state.area, blocked: true, values: null });
        reevaluate.push(anchor);
      }
    }
    return { clear, reevaluate };
  }

  /** Forgets every spill (after a structural change, which re-evaluates all). */
  forget(): void {
    this.anchors.clear();
    this.owner.clear();
    this.pending.clear();
  }

  /** Spilled cells (keys), e.g. to leave them out of a snapshot or to clear before a structural change. */
  spilledCells(): IterableIterator<number> {
    return this.owner.keys();
  }
}
