// A werkbank result (an Arrow table from DuckDB-WASM) as what the page shows and saves: plain rows
// with numbers (BIGINT and DECIMAL included), the column names and which of them are numeric.
import {DataType, tableToIPC} from "apache-arrow";
import initParquet, {Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/esm/parquet_wasm.js";
import {arrowToRows} from "../arrow-rows.js";
import {csvField, csvFormat} from "../csv.js";

const PARQUET_WASM = import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm");

/** A DECIMAL value (Arrow hands out its 128-bit two's complement as four 32-bit words) as a number. */
export function decimalToNumber(words, scale) {
  if (words == null) return null;
  let value = 0n;
  for (let i = words.length - 1; i >= 0; --i) value = (value << 32n) | BigInt(words[i] >>> 0);
  const bits = BigInt(words.length * 32);
  if (value >= 1n << (bits - 1n)) value -= 1n << bits;
  return Number(value) / 10 ** scale;
}

/** {columns: [{name, numeric}], rows} of an Arrow table. */
export function resultRows(table) {
  const rows = arrowToRows(table);
  const columns = table.schema.fields.map((field) => {
    const type = field.type;
    if (DataType.isDecimal(type)) {
      const vector = table.getChild(field.name);
      for (let i = 0; i < rows.length; ++i) rows[i][field.name] = decimalToNumber(vector.get(i), type.scale);
    }
    const numeric = DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type);
    return {name: field.name, numeric};
  });
  return {columns, rows};
}

/**
 * CSV for Dutch Excel: semicolon between fields, decimal comma, otherwise as lib/csv.js (RFC 4180 quoting, formula guard).
 * @param {any[]} rows
 * @param {{columns: string[], comment?: string}} options
 */
export function csvExcelNl(rows, {columns, comment}) {
  const field = (value) => {
    if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", ",") : "";
    const text = csvField(value);
    return !text.startsWith('"') && /;/.test(text) ? `"${text}"` : text;
  };
  const lines = [];
  if (comment) for (const line of String(comment).split(/\r?\n/)) lines.push(`# ${line}`);
  lines.push(columns.map(field).join(";"));
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(";"));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Standard CSV (comma, decimal point): lib/csv.js, the site's format.
 * @param {any[]} rows
 * @param {{columns: string[], comment?: string}} options
 */
export const csvStandard = (rows, {columns, comment}) => csvFormat(rows, {columns, comment});

/**
 * The full result as a parquet file, with the note (e.g. synthetic data) in its key-value metadata.
 * @param {any} table an Arrow table
 * @param {{note?: string}} [options]
 */
export async function parquetBytes(table, {note = ""} = {}) {
  await initParquet(PARQUET_WASM);
  const wasmTable = WasmTable.fromIPCStream(tableToIPC(table, "stream"));
  const builder = new WriterPropertiesBuilder();
  const props = (note ? builder.setKeyValueMetadata(new Map([["lbm.note", note]])) : builder).build();
  return writeParquet(wasmTable, props);
}
