// DuckDB returns BIGINT/HUGEINT and DECIMAL as BigInt or Arrow decimals; pages want numbers.
import {DataType} from "apache-arrow";

/** The rows of an Arrow table as plain objects (numbers, strings, booleans, null). */
export function arrowToRows(table) {
  const fields = table.schema.fields;
  const columns = fields.map((field) => columnValues(table.getChild(field.name), field.type));
  const rows = new Array(table.numRows);
  for (let i = 0; i < table.numRows; ++i) {
    const row = {};
    for (let j = 0; j < fields.length; ++j) row[fields[j].name] = columns[j][i];
    rows[i] = row;
  }
  return rows;
}

// Numeric columns are read straight from their buffers: Vector.get per value is several times
// slower, and a 13,000-row result with 25 columns is read on every control change.
function columnValues(vector, type) {
  const out = new Array(vector.length);
  const numeric = (DataType.isFloat(type) && type.precision > 0) || DataType.isInt(type);
  if (DataType.isUtf8(type)) return stringValues(vector, out);
  if (!numeric) {
    for (let i = 0; i < vector.length; ++i) out[i] = toPlain(vector.get(i));
    return out;
  }
  let i = 0;
  for (const data of vector.data) {
    const {values, nullBitmap, offset, length} = data;
    const nulls = data.nullable && data.nullCount > 0;
    const big = values instanceof BigInt64Array || values instanceof BigUint64Array;
    for (let k = 0; k < length; ++k, ++i) {
      const pos = offset + k;
      if (nulls && (nullBitmap[pos >> 3] & (1 << (pos & 7))) === 0) out[i] = null;
      else out[i] = big ? Number(values[k]) : values[k];
    }
  }
  return out;
}

const utf8 = new TextDecoder();

// Each chunk's text is decoded in one call and cut at the value offsets (converted from bytes to
// UTF-16 units in one pass), instead of one TextDecoder call per value.
function stringValues(vector, out) {
  let i = 0;
  for (const data of vector.data) {
    const {values, valueOffsets, nullBitmap, offset, length} = data;
    const nulls = data.nullable && data.nullCount > 0;
    const start = valueOffsets[0],
      end = valueOffsets[length];
    const text = utf8.decode(values.subarray(start, end));
    let byte = start,
      unit = 0;
    const unitAt = (target) => {
      for (; byte < target; ++byte) {
        const b = values[byte];
        if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1; // a lead byte; 4-byte sequences are surrogate pairs
      }
      return unit;
    };
    let from = unitAt(start);
    for (let k = 0; k < length; ++k, ++i) {
      const to = unitAt(valueOffsets[k + 1]);
      const pos = offset + k;
      out[i] = nulls && (nullBitmap[pos >> 3] & (1 << (pos & 7))) === 0 ? null : text.slice(from, to);
      from = to;
    }
  }
  return out;
}

export function toPlain(value) {
  if (typeof value === "bigint") return Number(value);
  if (value !== null && typeof value === "object") {
    if (typeof value.toArray === "function" && !(value instanceof Date)) return Array.from(value.toArray(), toPlain);
    if (value instanceof Uint32Array || value instanceof Int32Array) return Number(value[0]);
  }
  return value;
}
