// The Apps Script face of developer metadata (records in developer-metadata.ts):
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
import { GAS_CLASS, unwrap } from './calls';
import {
  ARBITRARY_RANGE_MESSAGE,
  type MetadataLocationType,
  type MetadataPlace,
  type MetadataRecord,
  type MetadataVisibility,
} from './developer-metadata';
import type { SheetsContext } from './sheets-context';
import type { GridRange } from './types';

import S = GoogleAppsScript.Spreadsheet;

export const DeveloperMetadataVisibility = Object.freeze({
  DOCUMENT: 'DOCUMENT',
  PROJECT: 'PROJECT',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

function visibilityOf(value: unknown): MetadataVisibility {
  if (value === undefined || value === null) return 'DOCUMENT';
  if (value === 'DOCUMENT' || value === 'PROJECT') return value;
  throw new Error(`Invalid argument: visibility (${String(value)})`);
}

/** addDeveloperMetadata(key), (key, visibility), (key, value) or (key, value, visibility). */
export function addMetadata(ctx: SheetsContext, place: MetadataPlace, args: readonly unknown[]): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  const secondIsVisibility = second === 'DOCUMENT' || second === 'PROJECT';
  const value = secondIsVisibility || second === undefined || second === null ? null : String(second);
  const visibility = visibilityOf(secondIsVisibility ? second : third);
  ctx.workbook.metadata.add(key, value, visibility, place);
}

/** The place of a whole-rows or whole-columns range; any other range throws Apps Script's message. */
export function rangePlace(ctx: SheetsContext, grid: GridRange): MetadataPlace {
  const size = ctx.workbook.size(grid.sheet);
  const sheetId = ctx.workbook.sheetId(grid.sheet);
  const wholeColumns = grid.row === 1 && grid.numRows === size.rows;
  const wholeRows = grid.column === 1 && grid.numColumns === size.columns;
  if (wholeColumns && !wholeRows)
    return { type: 'COLUMN', sheetId, start: grid.column, end: grid.column + grid.numColumns - 1 };
  if (wholeRows && !wholeColumns)
    return { type: 'ROW', sheetId, start: grid.row, end: grid.row + grid.numRows - 1 };
  throw new Error(ARBITRARY_RANGE_MESSAGE);
}

/** What a finder searches: the whole document, one sheet, or one range (sheet id, 1-based spans). */
export type FinderScope =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheetId: number }
  | { readonly type: 'RANGE'; readonly sheetId: number; readonly rows: Span; readonly columns: Span };
type Span = readonly [number, number];

export function rangeScope(ctx: SheetsContext, grid: GridRange): FinderScope {
  return {
    type: 'RANGE',
    sheetId: ctx.workbook.sheetId(grid.sheet),
    rows: [grid.row, grid.row + grid.numRows - 1],
    columns: [grid.column, grid.column + grid.numColumns - 1],
  };
}

const overlaps = (a: Span, start: number, end: number) => a[0] <= end && start <= a[1];
const equals = (a: Span, start: number, end: number) => a[0] === start && a[1] === end;

export class FakeDeveloperMetadataLocation
  implements
    Pick<
      S.DeveloperMetadataLocation,
      'getLocationType' | 'getSpreadsheet' | 'getSheet' | 'getRow' | 'getColumn'
    >
{
  readonly [GAS_CLASS] = 'DeveloperMetadataLocation';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly place: MetadataPlace,
  ) {}

  getLocationType(): S.DeveloperMetadataLocationType {
    return this.place.type as never;
  }

  getSpreadsheet(): S.Spreadsheet | null {
    return this.place.type === 'SPREADSHEET' ? this.ctx.spreadsheet() : null;
  }

  getSheet(): S.Sheet | null {
    const p = this.place;
    return p.type === 'SPREADSHEET'
      ? null
      : (this.ctx.sheet(this.ctx.workbook.sheetName(p.sheetId)) as never);
  }

  getRow(): S.Range | null {
    const p = this.place;
    if (p.type !== 'ROW') return null;
    const name = this.ctx.workbook.sheetName(p.sheetId);
    const { columns } = this.ctx.workbook.size(name);
    return this.ctx.range(this.ctx.workbook.range(name, p.start, 1, p.end - p.start + 1, columns));
  }

  getColumn(): S.Range | null {
    const p = this.place;
    if (p.type !== 'COLUMN') return null;
    const name = this.ctx.workbook.sheetName(p.sheetId);
    const { rows } = this.ctx.workbook.size(name);
    return this.ctx.range(this.ctx.workbook.range(name, 1, p.start, rows, p.end - p.start + 1));
  }
}

export class FakeDeveloperMetadata
  implements
    Pick<
      S.DeveloperMetadata,
      | 'getId'
      | 'getKey'
      | 'getValue'
      | 'getVisibility'
      | 'getLocation'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
      | 'remove'
      | 'moveToColumn'
      | 'moveToRow'
      | 'moveToSheet'
      | 'moveToSpreadsheet'
    >
{
  readonly [GAS_CLASS] = 'DeveloperMetadata';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly record: MetadataRecord,
  ) {}

  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): S.DeveloperMetadataVisibility {
    return this.record.visibility as never;
  }
  getLocation(): S.DeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.ctx, this.record.place) as never;
  }
  setKey(key: string): S.DeveloperMetadata {
    this.record.key = String(key);
    return this.self();
  }
  setValue(value: string): S.DeveloperMetadata {
    this.record.value = String(value);
    return this.self();
  }
  setVisibility(visibility: S.DeveloperMetadataVisibility): S.DeveloperMetadata {
    this.record.visibility = visibilityOf(visibility);
    return this.self();
  }
  remove(): void {
    this.ctx.workbook.metadata.remove(this.record.id);
  }
  moveToColumn(column: S.Range): S.DeveloperMetadata {
    return this.move(rangePlace(this.ctx, gridOf(column)), 'COLUMN');
  }
  moveToRow(row: S.Range): S.DeveloperMetadata {
    return this.move(rangePlace(this.ctx, gridOf(row)), 'ROW');
  }
  moveToSheet(sheet: S.Sheet): S.DeveloperMetadata {
    this.record.place = { type: 'SHEET', sheetId: (unwrap(sheet) as S.Sheet).getSheetId() };
    return this.self();
  }
  moveToSpreadsheet(): S.DeveloperMetadata {
    this.record.place = { type: 'SPREADSHEET' };
    return this.self();
  }
  private move(place: MetadataPlace, type: MetadataLocationType): S.DeveloperMetadata {
    if (place.type !== type) throw new Error(ARBITRARY_RANGE_MESSAGE);
    this.record.place = place;
    return this.self();
  }
  private self(): S.DeveloperMetadata {
    return this as unknown as S.DeveloperMetadata;
  }
}

function gridOf(range: S.Range): GridRange {
  return (unwrap(range) as unknown as { grid: GridRange }).grid;
}

/**
 * A search over the metadata a spreadsheet, sheet or range "has": the spreadsheet finds everything; a sheet
 * finds what is on it, its rows and its columns; a range finds what sits exactly on its rows or columns, or
 * with onIntersectingLocations() what crosses it.
 */
export class FakeDeveloperMetadataFinder
  implements
    Pick<
      S.DeveloperMetadataFinder,
      | 'find'
      | 'withKey'
      | 'withValue'
      | 'withId'
      | 'withLocationType'
      | 'withVisibility'
      | 'onIntersectingLocations'
    >
{
  readonly [GAS_CLASS] = 'DeveloperMetadataFinder';
  private readonly filters: ((r: MetadataRecord) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly ctx: SheetsContext,
    private readonly scope: FinderScope,
  ) {}

  find(): S.DeveloperMetadata[] {
    return this.ctx.workbook.metadata
      .all()
      .filter((r) => this.inScope(r.place) && this.filters.every((f) => f(r)))
      .map((r) => new FakeDeveloperMetadata(this.ctx, r) as unknown as S.DeveloperMetadata);
  }
  withKey(key: string): S.DeveloperMetadataFinder {
    return this.filter((r) => r.key === String(key));
  }
  withValue(value: string): S.DeveloperMetadataFinder {
    return this.filter((r) => r.value === String(value));
  }
  withId(id: number): S.DeveloperMetadataFinder {
    return this.filter((r) => r.id === id);
  }
  withLocationType(locationType: S.DeveloperMetadataLocationType): S.DeveloperMetadataFinder {
    return this.filter((r) => r.place.type === String(locationType));
  }
  withVisibility(visibility: S.DeveloperMetadataVisibility): S.DeveloperMetadataFinder {
    return this.filter((r) => r.visibility === String(visibility));
  }
  /** "This option is only valid for range-scoped searches." */
  onIntersectingLocations(): S.DeveloperMetadataFinder {
    if (this.scope.type === 'SPREADSHEET' || this.scope.type === 'SHEET')
      throw new Error('onIntersectingLocations is only valid for range-scoped searches.');
    this.intersecting = true;
    return this.self();
  }

  private inScope(place: MetadataPlace): boolean {
    const scope = this.scope;
    if (scope.type === 'SPREADSHEET') return true;
    if (place.type === 'SPREADSHEET') return false;
    if (place.sheetId !== scope.sheetId) return false;
    if (scope.type === 'SHEET') return true;
    if (place.type === 'SHEET') return false;
    const { rows, columns } = this.ctx.workbook.size(this.ctx.workbook.sheetName(scope.sheetId));
    // Exact: the range is these very rows (all columns) or columns (all rows).
    if (place.type === 'ROW') {
      if (this.intersecting) return overlaps(scope.rows, place.start, place.end);
      return equals(scope.rows, place.start, place.end) && equals(scope.columns, 1, columns);
    }
    if (this.intersecting) return overlaps(scope.columns, place.start, place.end);
    return equals(scope.columns, place.start, place.end) && equals(scope.rows, 1, rows);
  }
  private filter(f: (r: MetadataRecord) => boolean): S.DeveloperMetadataFinder {
    this.filters.push(f);
    return this.self();
  }
  private self(): S.DeveloperMetadataFinder {
    return this as unknown as S.DeveloperMetadataFinder;
  }
}

/** The metadata on the spreadsheet itself, or on one sheet itself (not on its rows or columns). */
export function metadataOn(ctx: SheetsContext, sheetId: number | null): S.DeveloperMetadata[] {
  return ctx.workbook.metadata
    .all()
    .filter((r) =>
      sheetId === null
        ? r.place.type === 'SPREADSHEET'
        : r.place.type === 'SHEET' && r.place.sheetId === sheetId,
    )
    .map((r) => new FakeDeveloperMetadata(ctx, r) as unknown as S.DeveloperMetadata);
}

/** A finder over the whole document (sheetId null) or one sheet with its rows and columns. */
export function finderOver(ctx: SheetsContext, sheetId: number | null): S.DeveloperMetadataFinder {
  const scope: FinderScope = sheetId === null ? { type: 'SPREADSHEET' } : { type: 'SHEET', sheetId };
  return new FakeDeveloperMetadataFinder(ctx, scope) as unknown as S.DeveloperMetadataFinder;
}
