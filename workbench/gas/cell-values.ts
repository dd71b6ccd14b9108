// Cell values as Sheets stores and returns them. Sheets keeps a date as a serial number (days since
// 1899-12-30) plus a date number format, and Range.getValues turns such a cell back into a Date.
// The stand-in's spreadsheet time zone is UTC, so a Date round-trips exactly.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()

import { format as numfmt } from 'numfmt';
import type { CellValue } from './types';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';

export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS));
}

/** A Date from any realm (the script's vm has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for number formats that show a date or time ("M/d/yyyy", "yyyy-mm-dd hh:mm"), not "0.00". */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\./g, '');
  return /[dy]|h+:m|m+:s/i.test(bare);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(date: Date, format: string): string {
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100),
    MM: pad(date.getUTCMonth() + 1),
    M: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    d: String(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    hh: pad(date.getUTCHours()),
    H: String(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return format.replace(/yyyy|yy|MM|M|dd|d|HH|hh|H|mm|ss/g, (token) => parts[token] ?? token);
}

/** A number as Sheets shows it under `format` ("$#,##0.00", "#,##0", "0.00%"...), by numfmt (ECMA-376
 * format codes, which Sheets' number formats follow); no format shows up to 15 significant digits. */
function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return String(Number(value.toPrecision(15)));
  return numfmt(format, value);
}

/** The text a cell shows (Range.getDisplayValues), for the formats the stand-in understands. */
export function displayText(value: CellValue, format: string | undefined): string {
  if (isDate(value)) return formatDate(value, format && isDateFormat(format) ? format : DEFAULT_DATE_FORMAT);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  return value;
}
