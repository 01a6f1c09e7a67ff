/** Writes contract tables to parquet with DuckDB: typed columns, sorted rows, zstd, and key–value
 * metadata that says where the data came from. One thread, so the bytes are deterministic. */
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {randomBytes} from "node:crypto";
import {readFile, rename, rm, writeFile} from "node:fs/promises";
import {DUCKDB_TYPES, SCHEMAS, type TableName} from "./contract/index.ts";

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface ParquetWriter {
  /** Writes `rows` to `path` (via a temporary file and a rename) and returns the bytes. */
  write(table: TableName, rows: readonly object[], path: string, metadata: Record<string, string>): Promise<Uint8Array>;
  close(): void;
}

export async function openParquetWriter(): Promise<ParquetWriter> {
  const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
  const connection = await instance.connect();
  return {
    write: (table, rows, path, metadata) => writeParquet(connection, table, rows, path, metadata),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function writeParquet(
  connection: DuckDBConnection,
  table: TableName,
  rows: readonly object[],
  path: string,
  metadata: Record<string, string>,
): Promise<Uint8Array> {
  const spec = SCHEMAS[table];
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const ndjson = `${temporary}.ndjson`;
  try {
    // NDJSON keeps nulls and quotes unambiguous, and DuckDB parses numbers back to the same doubles.
    await writeFile(ndjson, rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
    const columns = spec.columns.map((c) => `${quote(c.name)}: ${quote(DUCKDB_TYPES[c.type])}`).join(", ");
    const select = spec.columns.map((c) => identifier(c.name)).join(", ");
    const order = spec.sortBy.map(identifier).join(", ");
    const kv = Object.entries(metadata)
      .map(([k, v]) => `${identifier(k)}: ${quote(v)}`)
      .join(", ");
    await connection.run(
      `COPY (SELECT ${select} FROM read_json(${quote(ndjson)}, format = 'newline_delimited', columns = {${columns}}) ORDER BY ${order}) ` +
        `TO ${quote(temporary)} (FORMAT parquet, COMPRESSION zstd${kv ? `, KV_METADATA {${kv}}` : ""})`,
    );
    await rename(temporary, path);
    return new Uint8Array(await readFile(path));
  } finally {
    await rm(ndjson, {force: true});
    await rm(temporary, {force: true});
  }
}

/** One-off convenience: opens DuckDB, writes one table, closes. */
export async function writeTableParquet(
  table: TableName,
  rows: readonly object[],
  path: string,
  metadata: Record<string, string>,
): Promise<Uint8Array> {
  const writer = await openParquetWriter();
  try {
    return await writer.write(table, rows, path, metadata);
  } finally {
    writer.close();
  }
}
