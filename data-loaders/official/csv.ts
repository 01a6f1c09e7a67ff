/** Delimited text (RFC 4180 quoting) into a RawTable whose column titles are the header cells. */
import {fail} from "./errors.ts";
import type {RawTable} from "./columns.ts";

export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === delimiter) (row.push(cell), (cell = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      (row.push(cell), rows.push(row), (row = []), (cell = ""));
    } else cell += c;
  }
  if (cell !== "" || row.length) (row.push(cell), rows.push(row));
  return rows.filter((r) => r.length > 1 || r[0].trim() !== "");
}

/**
 * `statline` marks StatLine exports ("CSV met statistische symbolen": `;`, quoted and padded
 * fields): their decimal mark differs between exports, so it is read from the data (see
 * decimalMarkOf). Values stay strings here and are read as numbers by the adapters, which know
 * which columns are numeric.
 */
export function delimitedTable(file: string, text: string, delimiter: string, statline = false): RawTable {
  const [header, ...body] = parseDelimited(text.replace(/^\uFEFF/, ""), delimiter);
  if (!header) fail({file, message: "the file is empty (no header line)"});
  const keys = header.map((h) => h.trim());
  const other = [";", ",", "\t"].find((d) => d !== delimiter && keys.length === 1 && keys[0].includes(d));
  if (other) {
    fail({
      file,
      column: keys[0].slice(0, 80),
      message: `the header is a single field: the file seems to be separated by ${JSON.stringify(other)}, not ${JSON.stringify(delimiter)}`,
    });
  }
  const rows = body.map((cells, i) => {
    if (cells.length !== keys.length) {
      fail({
        file,
        row: i + 1,
        value: cells.join(delimiter).slice(0, 120),
        message: `has ${cells.length} fields where the header has ${keys.length} (delimiter ${JSON.stringify(delimiter)})`,
      });
    }
    return Object.fromEntries(keys.map((k, j) => [k, cells[j]]));
  });
  const table: RawTable = {file, columns: keys.map((k) => ({key: k, title: k})), rows, titles: {}, delimiter};
  return statline ? {...table, decimalComma: decimalMarkOf(table) === ","} : table;
}

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;
const SYMBOLS = new Set(["", ".", "x", "-"]);

/**
 * The decimal mark of a table, from the columns whose every cell is a number or a CBS symbol: ","
 * or "." (also when no cell has decimals). A table that uses both is refused, naming one of each.
 */
export function decimalMarkOf(table: RawTable): "," | "." {
  const seen: Partial<Record<"," | ".", {column: string; value: string}>> = {};
  for (const {key} of table.columns) {
    const cells = table.rows.map((r) => String(r[key] ?? "").trim()).filter((v) => !SYMBOLS.has(v));
    if (!cells.length || !cells.every((v) => NUMBER.test(v))) continue;
    for (const value of cells) {
      const mark = /[.,]/.exec(value)?.[0] as "," | "." | undefined;
      if (mark) seen[mark] ??= {column: key, value};
    }
  }
  if (seen[","] && seen["."])
    fail({
      file: table.file,
      column: seen[","].column,
      value: seen[","].value,
      message: `has a decimal comma while column ${JSON.stringify(seen["."].column)} has a decimal point (${JSON.stringify(seen["."].value)}); one export uses one decimal mark`,
    });
  return seen[","] ? "," : ".";
}
