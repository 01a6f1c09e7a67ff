// DuckDB returns BIGINT/HUGEINT and DECIMAL as BigInt or Arrow decimals; pages want numbers.
export function arrowToRows(table) {
  const fields = table.schema.fields.map((f) => f.name);
  const columns = fields.map((name) => table.getChild(name));
  const rows = new Array(table.numRows);
  for (let i = 0; i < table.numRows; ++i) {
    const row = {};
    for (let j = 0; j < fields.length; ++j) row[fields[j]] = toPlain(columns[j].get(i));
    rows[i] = row;
  }
  return rows;
}

export function toPlain(value) {
  if (typeof value === "bigint") return Number(value);
  if (value !== null && typeof value === "object") {
    if (typeof value.toArray === "function" && !(value instanceof Date)) return Array.from(value.toArray(), toPlain);
    if (value instanceof Uint32Array || value instanceof Int32Array) return Number(value[0]);
  }
  return value;
}
