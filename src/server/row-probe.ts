// The sidebar's RowProbe arrives from the browser: checked before the server trusts it with a read. A probe
// that does not hold up is no probe (the row is read in full), never an error.
import type { ActiveRow, RowProbe, SelectionProbe } from '../shared/sidebar-contract';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIndex = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;
const isPlainCell = (v: unknown) =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));
const isLocale = (v: unknown) => v === null || typeof v === 'string';

function isShownRow(v: unknown): v is ActiveRow {
  if (!isRecord(v)) return false;
  const { sheetName, headers, headerRow, firstColumn, productColumn, locale } = v;
  return (
    typeof sheetName === 'string' &&
    Array.isArray(headers) &&
    headers.length > 0 &&
    headers.every(isPlainCell) &&
    isIndex(headerRow, 1) &&
    isIndex(firstColumn, 1) &&
    isIndex(productColumn, -1) &&
    (productColumn as number) < headers.length &&
    isLocale(locale)
  );
}

export function asRowProbe(value: unknown): RowProbe | null {
  if (!isRecord(value)) return null;
  const shown = isShownRow(value.shown) ? value.shown : null;
  return isLocale(value.locale) ? { shown, locale: value.locale as string | null } : { shown };
}

export function asSelectionProbe(value: unknown): SelectionProbe {
  const probe = asRowProbe(value) ?? { shown: null };
  return { ...probe, checkWeights: !isRecord(value) || value.checkWeights !== false };
}
