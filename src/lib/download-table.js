// The rows of a download as a reader gets them: Dutch headers with units, and numbers rounded to
// the precision the page shows (a fraction shown as a percentage is written as one). Each theme
// keeps one list of columns per download next to its labels.
import {toRows} from "./csv.js";

/**
 * @typedef {{key: string, header: string, digits?: number, scale?: number, value?: (row: any) => any}} DownloadColumn
 * `digits`: decimals to keep; `scale`: multiply first (100 for a fraction shown as %);
 * `value(row)`: computes the cell instead of reading `key`.
 */

/**
 * A number rounded to `digits` decimals; without digits, only the binary noise is removed
 * (4.1248000000000005 → 4.1248).
 * @param {number} value @param {number} [digits]
 */
export function roundForDownload(value, digits) {
  if (!Number.isFinite(value)) return value;
  if (digits == null) return Number.isInteger(value) ? value : Number(value.toPrecision(12));
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Rows keyed by header, in column order; the result's `columns` lists the headers, so a file
 * without rows still has its header line.
 * @param {any} data rows, iterable or Arrow table
 * @param {DownloadColumn[]} columns
 * @returns {Record<string, any>[] & {columns: string[]}}
 */
export function downloadRows(data, columns) {
  const rows = toRows(data).map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const raw = c.value ? c.value(row) : row?.[c.key];
        const value = typeof raw === "number" ? roundForDownload(raw * (c.scale ?? 1), c.digits) : raw;
        return [c.header, value];
      }),
    ),
  );
  // Not enumerable: the rows stay a plain array to anything that compares or spreads them.
  return /** @type {any} */ (Object.defineProperty(rows, "columns", {value: columns.map((c) => c.header)}));
}

/** Any row object with its float noise removed (for data without a column list). */
export const cleanRow = (row) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? roundForDownload(v) : v]));
