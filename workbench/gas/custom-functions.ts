// The loaded script's custom functions inside the formula engine: registration as a function plugin,
// evaluation (arguments converted as Sheets does, errors shown as Sheets shows them) and the spilling
// of their results, which the engine cannot do itself (see spills.ts).
import { HyperFormula, type SimpleCellAddress } from 'hyperformula';
import type { CellFormats } from './cell-formats';
import { customFunctionPlugin, type EngineArg } from './custom-function-plugin';
import { errorMessage, fromLiteral, resultGrid, toScriptArgs } from './custom-function-values';
import { engineError } from './sheets-errors';
import { type Area, areasOf, decodeKey, type SpillTracker } from './spills';
import type { CustomFunctionImpl } from './types';

export interface CustomFunctionHost {
  /** Lazily: the engine is built with this object's plugins, so it does not exist yet when this does. */
  engine(): HyperFormula;
  readonly formats: CellFormats;
  readonly spills: SpillTracker;
  /** Grid size of a sheet by engine id: Sheets never grows the grid for a result. */
  gridSize(engineSheet: number): { rows: number; columns: number } | undefined;
  /** Whether an error cell in a range argument stops the call or arrives as its text (WorkbookOptions). */
  rangeErrors(): 'propagate' | 'as-text';
}

/** Empties these cells (keys) in as few engine writes as there are rectangles among them. */
export function clearCells(engine: HyperFormula, keys: Iterable<number>): void {
  for (const { sheet, row, col, rows, cols } of areasOf(keys)) {
    const empty = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
    engine.setCellContents({ sheet, row, col }, empty);
  }
}

/** Rounds of spilling before giving up: a guard against results that keep moving each other. */
const MAX_SETTLE_ROUNDS = 20;

export class CustomFunctions {
  private readonly functions = new Map<string, CustomFunctionImpl>();

  constructor(private readonly host: CustomFunctionHost) {}

  names(): string[] {
    return [...this.functions.keys()];
  }

  /** Adds functions (names upper-cased, as Sheets shows them) and re-evaluates every formula with them. */
  register(functions: Readonly<Record<string, CustomFunctionImpl>>): void {
    for (const [name, fn] of Object.entries(functions)) this.functions.set(name.toUpperCase(), fn);
    this.host.spills.forget();
    this.host.engine().updateConfig({ functionPlugins: this.plugins() });
  }

  /** The engine's function plugins: its own, plus one for the registered custom functions. */
  plugins() {
    const names = this.names();
    const base = HyperFormula.getAllFunctionPlugins();
    return names.length === 0 ? base : [...base, customFunctionPlugin(names, { evaluate: this.evaluate })];
  }

  /** Applies spilled results until no custom function is left to re-evaluate (bounded, as a cycle guard). */
  settle(): void {
    const { engine, spills } = this.host;
    for (let round = 0; round < MAX_SETTLE_ROUNDS && spills.hasPending(); round++) {
      const writes = spills.takeWrites();
      engine().batch(() => {
        clearCells(engine(), writes.clear);
        for (const { grid, ...at } of writes.rects) engine().setCellContents(at, grid as never);
        for (const cell of writes.cells) engine().setCellContents(decodeKey(cell.key), cell.value as never);
        this.reevaluate(writes.reevaluate);
      });
    }
  }

  /** Re-enters a formula so the engine evaluates it again (it checks whether its result can spill). */
  reevaluate(keys: readonly number[]): void {
    const engine = this.host.engine();
    for (const key of keys) {
      const address = decodeKey(key);
      const formula = engine.getCellFormula(address);
      if (formula !== undefined) engine.setCellContents(address, formula);
    }
  }

  /** Spilled cells would move with inserted or deleted rows: clear them all, to spill again afterwards. */
  clearSpills(): void {
    const spilled = [...this.host.spills.spilledCells()];
    this.host.spills.forget();
    const engine = this.host.engine();
    engine.batch(() => clearCells(engine, spilled));
  }

  /** Called by the plugin: the value of the formula's own cell; the rest of the result spills later. */
  private readonly evaluate = (
    name: string,
    at: SimpleCellAddress,
    args: readonly EngineArg[],
    isOccupied: (address: SimpleCellAddress) => boolean,
  ): unknown => {
    const { formats, spills } = this.host;
    const converted = toScriptArgs(args, formats, this.host.rangeErrors());
    if (!Array.isArray(converted)) return converted.error;
    const single: Area = { sheet: at.sheet, row: at.row, col: at.col, rows: 1, cols: 1 };
    let result: unknown;
    try {
      const fn = this.functions.get(name);
      if (!fn) throw new Error(`Unknown function: '${name}'.`);
      result = fn(...converted);
    } catch (err) {
      spills.recordEvaluation(single, false, null);
      return engineError('ERROR', errorMessage(err));
    }
    const grid = resultGrid(result, at, formats);
    if (grid.length === 0) {
      spills.recordEvaluation(single, false, null);
      return engineError('NA', 'Result was empty.');
    }
    return this.spill({ ...single, rows: grid.length, cols: grid[0]?.length ?? 1 }, grid, isOccupied);
  };

  /** Records where the result goes, or why it cannot; returns the anchor's value or the error it shows. */
  private spill(area: Area, grid: unknown[][], isOccupied: (address: SimpleCellAddress) => boolean): unknown {
    const { spills } = this.host;
    const beyond = this.beyondGrid(area);
    if (beyond) {
      spills.recordEvaluation(area, true, null);
      return engineError('REF', beyond);
    }
    const blocker = spills.findBlocker(area, (row, col) => isOccupied({ sheet: area.sheet, row, col }));
    spills.recordEvaluation(area, blocker !== null, blocker === null ? grid : null);
    if (blocker !== null)
      return engineError(
        'REF',
        `Array result was not expanded because it would overwrite data in ${blocker}.`,
      );
    return fromLiteral(grid[0]?.[0]);
  }

  /** Sheets does not grow the grid for a result: it asks for rows or columns to be inserted. */
  private beyondGrid(area: Area): string | null {
    const size = this.host.gridSize(area.sheet);
    if (!size) return null;
    const rows = area.row + area.rows - size.rows;
    if (rows > 0) return `Result was not automatically expanded, please insert more rows (${rows}).`;
    const cols = area.col + area.cols - size.columns;
    if (cols > 0) return `Result was not automatically expanded, please insert more columns (${cols}).`;
    return null;
  }
}
