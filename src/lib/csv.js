// CSV export (RFC 4180): comma separator, CRLF line ends, fields quoted when they contain a
// comma, a double quote, CR or LF, with inner quotes doubled. Missing values (null, undefined,
// NaN, ±Infinity) are empty fields, never 0. Numbers keep a decimal point and full precision.
//
// Formula guard (on by default): a text field that starts with = + - @, tab or CR gets a leading
// apostrophe, so that a spreadsheet opening the file shows it as text instead of running it as a
// formula (OWASP "CSV injection"). Numbers are never changed, so -1.5 stays a number; text such
// as "-1.5" in a string column is changed. Pass {guardFormulas: false} for a byte-exact export.
//
// Optional comment lines (e.g. "synthetic data") come first, prefixed with "# ". They are not
// part of RFC 4180: read such a file with pandas.read_csv(f, comment="#") or
// read.csv(f, comment.char = "#"); spreadsheets show them as a first row.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = {",": /[",\r\n]/, ";": /[";\r\n]/};

/** The flavour Dutch Excel opens in columns: semicolons between fields and a decimal comma. */
export const EXCEL_NL = Object.freeze({delimiter: ";", decimalComma: true});

/**
 * One field as CSV text.
 * @param {any} value
 * @param {{guardFormulas?: boolean, delimiter?: "," | ";", decimalComma?: boolean}} [options]
 */
export function csvField(value, {guardFormulas = true, delimiter = ",", decimalComma = false} = {}) {
  if (value == null) return "";
  let text;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = decimalComma ? String(value).replace(".", ",") : String(value);
  } else if (typeof value === "bigint" || typeof value === "boolean") {
    text = String(value);
  } else if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    text = value.toISOString();
  } else if (typeof value === "object") {
    text = JSON.stringify(value, (_, v) => (typeof v === "bigint" ? String(v) : v));
  } else {
    text = String(value);
    if (guardFormulas && FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Plain row objects from an array, any iterable, or an Apache Arrow table (as returned by
 * DuckDB-WASM), whose rows are proxies with toJSON.
 */
export function toRows(data) {
  if (data == null) return [];
  const rows = Array.isArray(data) ? data : Array.from(data);
  return rows.map((row) => (row && typeof row.toJSON === "function" ? row.toJSON() : row));
}

/** Column names: from an Arrow schema or a `columns` list when there is one, else from the keys of all rows in order of appearance. */
export function columnsOf(data, rows = toRows(data)) {
  if (data?.schema?.fields) return data.schema.fields.map((f) => f.name);
  if (Array.isArray(data?.columns)) return data.columns;
  const columns = new Set();
  for (const row of rows) for (const key of Object.keys(row ?? {})) columns.add(key);
  return [...columns];
}

/**
 * The CSV text of `data`. Options: columns (names, or [name, header] pairs to rename),
 * header (write the header row; default true), comment (text for leading "# " lines),
 * guardFormulas (default true, see above), delimiter and decimalComma (`...EXCEL_NL` for Dutch Excel).
 * @param {any} data
 * @param {{columns?: Array<string | [string, string]>, header?: boolean, comment?: string | null, guardFormulas?: boolean, delimiter?: "," | ";", decimalComma?: boolean}} [options]
 */
export function csvFormat(
  data,
  {columns, header = true, comment, guardFormulas = true, delimiter = ",", decimalComma = false} = {},
) {
  const rows = toRows(data);
  const spec = (columns ?? columnsOf(data, rows)).map((c) => (Array.isArray(c) ? c : [c, c]));
  const field = (v) => csvField(v, {guardFormulas, delimiter, decimalComma});
  const lines = [];
  if (comment != null && comment !== "") {
    for (const line of String(comment).split(/\r\n|\r|\n/)) lines.push(`# ${line}`);
  }
  if (header) lines.push(spec.map(([, name]) => field(name)).join(delimiter));
  for (const row of rows) lines.push(spec.map(([key]) => field(row?.[key])).join(delimiter));
  return lines.length ? `${lines.join("\r\n")}\r\n` : "";
}

/**
 * A file name safe on every platform: lower case, ASCII, no spaces; ends in .csv.
 * @param {string | null | undefined} name
 * @param {{suffix?: string | null}} [options]
 */
export function csvFilename(name, {suffix} = {}) {
  const base = String(name ?? "")
    .replace(/\.csv$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `${base || "gegevens"}${suffix ? `-${suffix}` : ""}.csv`;
}
