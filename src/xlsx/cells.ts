/**
 * A worksheet cell as stored (`package/sheet.ts`) → the core's grid cell, the way Excel shows
 * it: shared and inline strings with their escapes decoded, booleans, errors, ISO dates
 * (`t="d"`), numbers whose format shows a date turned into dates in the workbook's date system.
 */
import type { Cell, CellValue } from '../core/grid';
import { isDateFormat } from '../core/values';
import type { RawCell } from './package/sheet';
import type { CellStyle } from './package/styles';
import { decodeXString } from './package/xstring';

export interface CellContext {
  /** The shared string table ([] when the package has none). */
  sharedStrings: readonly string[];
  /** Cell formats by `s` index ([] when the package has no styles). */
  styles: readonly CellStyle[];
  /** The workbook counts from 1904-01-01 (`date1904`). */
  date1904: boolean;
}

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system (which counts the nonexistent 29 February 1900). */
const EPOCH_1900 = 25_569;
/** Serial of 1970-01-01 in the 1904 system. */
const EPOCH_1904 = 24_107;
/** 9999-12-31 is Excel's last date (serial 2,958,465 in the 1900 system). */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * Serial → Date at UTC, as the core expects from file readers. Serials 1–59 of the 1900 system
 * precede Excel's phantom 29/02/1900 and so are one day later than the plain count gives.
 * Null for serials Excel would not show as dates (negative, beyond 9999).
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (date1904) {
    if (serial > LAST_SERIAL_1900 - 1462) return null;
    return new Date(Math.round((serial - EPOCH_1904) * DAY_MS));
  }
  if (serial > LAST_SERIAL_1900) return null;
  const shifted = serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((shifted - EPOCH_1900) * DAY_MS));
}

/**
 * An ISO 8601 date/time of a `t="d"` cell (`2024-12-31`, `2024-12-31T08:30:00`, `T08:30:00`)
 * as a UTC date holding the written wall-clock time; a zone suffix is ignored, as Excel does.
 */
export function isoToDate(text: string): Date | null {
  const m = /^\s*(?:(-?\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const year = m[1] !== undefined ? Number(m[1]) : 1899;
  const month = m[1] !== undefined ? Number(m[2]) - 1 : 11;
  const day = m[1] !== undefined ? Number(m[3]) : 30;
  const ms = m[7] !== undefined ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const d = new Date(Date.UTC(year, month, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms));
  if (year >= 0 && year < 100) d.setUTCFullYear(year);
  return Number.isNaN(d.getTime()) ? null : d;
}

function valueOf(raw: RawCell, ctx: CellContext, fmt: string | undefined): CellValue {
  const v = raw.v;
  switch (raw.t) {
    case 's': {
      if (v === undefined) return null;
      const s = ctx.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case 'inlineStr':
      return raw.inline ?? (v !== undefined ? decodeXString(v) : null);
    case 'str':
      return v !== undefined ? decodeXString(v) : raw.formula ? null : '';
    case 'b':
      return v === undefined ? null : v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'e':
      return v === undefined || v === '' ? null : { error: v.trim() };
    case 'd':
      return v === undefined ? null : isoToDate(v);
    default: {
      if (v === undefined || v.trim() === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) return null;
      if (isDateFormat(fmt)) return serialToDate(n, ctx.date1904) ?? n;
      return n;
    }
  }
}

/** Null for a cell with nothing a reader could use (no value, no formula, no fill). */
export function convertCell(raw: RawCell, ctx: CellContext): Cell | null {
  const style = ctx.styles[raw.s] as CellStyle | undefined;
  const fmt = style?.numFmt;
  const v = valueOf(raw, ctx, fmt);
  const filled = style?.filled === true;
  if (v === null && !raw.formula && !filled) return null;
  const out: Cell = { v };
  if (fmt !== undefined) out.fmt = fmt;
  if (raw.formula) out.formula = true;
  if (filled) out.filled = true;
  return out;
}
