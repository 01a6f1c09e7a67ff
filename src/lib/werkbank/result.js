// A werkbank result (an Arrow table from DuckDB-WASM) as what the page shows and saves: plain rows
// with numbers (BIGINT and DECIMAL included), the column names and which of them are numeric.
import {DataType, tableToIPC} from "apache-arrow";
import initParquet, {Table as WasmTable, WriterPropertiesBuilder, writeParquet} from "parquet-wasm/esm/parquet_wasm.js";
import {arrowToRows} from "../arrow-rows.js";

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
