// What the document keeps besides cells, recorded so tests and the workbench can see what the add-on did:
// protections, basic filters and embedded charts. Shared by every user of the document.
import type { GridRange } from './types';

export interface ProtectionRecord {
  readonly id: number;
  readonly sheet: string;
  /** null for a protected sheet, else the protected range. */
  readonly range: GridRange | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  removed: boolean;
}

export interface ChartRecord {
  readonly chartId: number;
  readonly sheet: string;
  type: string;
  ranges: GridRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** A sheet's basic filter (Range.createFilter): one per sheet, shared by every user. */
export interface FilterRecord {
  readonly sheet: string;
  readonly range: GridRange;
  removed: boolean;
}

export class DocumentRecords {
  readonly protections: ProtectionRecord[] = [];
  readonly filters: FilterRecord[] = [];
  readonly charts: ChartRecord[] = [];
  /** Conditional format rules per sheet id, in order (Sheet.setConditionalFormatRules replaces them). */
  readonly conditionalFormats = new Map<number, unknown[]>();
  /** Column widths in pixels set by setColumnWidth, per sheet id and column; others are the default. */
  readonly columnWidths = new Map<number, Map<number, number>>();
  private nextId = 1;

  id(): number {
    return this.nextId++;
  }
}

/** Where one user is in the document: active sheet and selection (Sheets keeps these per user). */
export interface UserSession {
  activeSheet: string | undefined;
  activeRange: GridRange | undefined;
  /** A selection of several ranges (Ctrl-click), ending with activeRange; stale once activeRange moves. */
  activeRanges?: readonly GridRange[];
}
