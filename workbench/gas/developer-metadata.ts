// Developer metadata: key/value pairs an add-on attaches to the spreadsheet, a sheet, or whole rows or
// columns, that stay attached to them as the spreadsheet is edited. Kept per document beside the cells.
// - "will remain associated at those locations as they move around ... if developer metadata is associated
//   with row 5 and another row is then subsequently inserted above row 5, that original metadata is still
//   associated with the row it was first associated with (what is now row 6). If the associated object is
//   deleted then its metadata is deleted too."
//   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
// - "You can associate metadata with rows, columns, sheets, or a spreadsheet."
//   https://developers.google.com/sheets/api/guides/metadata
// - Apps Script classes: DeveloperMetadata, DeveloperMetadataFinder, DeveloperMetadataLocation(Type),
//   DeveloperMetadataVisibility (DOCUMENT: any project; PROJECT: only the project that created it).
//   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// Unsettled by the docs (docs/live-checks.md): whether a duplicated sheet or a copied spreadsheet carries
// its sheet's metadata. The stand-in copies nothing, so the add-on must not depend on either.

export type MetadataLocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

/** Where a record is attached: sheets by their id (stable across renames), spans 1-based and inclusive. */
export type MetadataPlace =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheetId: number }
  | {
      readonly type: 'ROW' | 'COLUMN';
      readonly sheetId: number;
      readonly start: number;
      readonly end: number;
    };

export interface MetadataRecord {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  place: MetadataPlace;
}

export const ARBITRARY_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** The document's developer metadata, moved by row and column inserts and deletes, dropped with its object. */
export class DeveloperMetadataStore {
  private records: MetadataRecord[] = [];
  private nextId = 1000;

  add(
    key: string,
    value: string | null,
    visibility: MetadataVisibility,
    place: MetadataPlace,
  ): MetadataRecord {
    const record: MetadataRecord = { id: this.nextId++, key: String(key), value, visibility, place };
    this.records.push(record);
    return record;
  }

  all(): readonly MetadataRecord[] {
    return this.records;
  }

  /** Drops everything (a whole-document restore brings its own). */
  clear(): void {
    this.records = [];
  }

  remove(id: number): void {
    this.records = this.records.filter((r) => r.id !== id);
  }

  /** Inserted rows or columns after `after` (1-based): spans below move down, a span they fall inside grows. */
  inserted(sheetId: number, type: 'ROW' | 'COLUMN', after: number, count: number): void {
    for (const r of this.records) {
      const p = r.place;
      if (p.type !== type || p.sheetId !== sheetId) continue;
      if (p.start > after) r.place = { ...p, start: p.start + count, end: p.end + count };
      else if (p.end > after) r.place = { ...p, end: p.end + count };
    }
  }

  /** Deleted rows or columns [from, from + count - 1]: spans shrink or move up; a span wholly deleted goes. */
  deleted(sheetId: number, type: 'ROW' | 'COLUMN', from: number, count: number): void {
    const to = from + count - 1;
    const kept: MetadataRecord[] = [];
    for (const r of this.records) {
      const p = r.place;
      if (p.type !== type || p.sheetId !== sheetId) {
        kept.push(r);
        continue;
      }
      const removedInside = Math.max(0, Math.min(p.end, to) - Math.max(p.start, from) + 1);
      const removedAbove = Math.max(0, Math.min(p.start - 1, to) - from + 1);
      const length = p.end - p.start + 1 - removedInside;
      if (length <= 0) continue;
      const start = p.start - removedAbove;
      r.place = { ...p, start, end: start + length - 1 };
      kept.push(r);
    }
    this.records = kept;
  }

  /** A deleted sheet takes its metadata (on the sheet, its rows and its columns) with it. */
  sheetDeleted(sheetId: number): void {
    this.records = this.records.filter((r) => r.place.type === 'SPREADSHEET' || r.place.sheetId !== sheetId);
  }
}
