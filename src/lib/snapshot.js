// Results of a page's default-view queries, computed at build time by the same SQL on the same
// data (data-loaders/first-view.ts), so the first charts need not wait for DuckDB-WASM to compile.
// A result is used only for exactly the same SQL text and parameters; any other query goes to DuckDB.
// Container: "LBMSNAP1", uint32 (little-endian) header length, JSON header, then one parquet file per result.
import {compile} from "./sql.js";

const MAGIC = "LBMSNAP1";

/** The identity of a query: its SQL text and bound parameters. */
export function snapshotKey(fragment) {
  const {text, params} = compile(fragment);
  return JSON.stringify([text, params]);
}

/** The query a key stands for: {text, params}. */
export function snapshotQuery(key) {
  const [text, params] = JSON.parse(key);
  return {text, params};
}

/** Packs [{key, bytes}] (bytes: a parquet file) into one container. */
export function packSnapshot(entries, meta = {}) {
  let offset = 0;
  const header = {
    ...meta,
    entries: entries.map(({key, bytes}) => ({
      key,
      offset: (offset += bytes.length) - bytes.length,
      length: bytes.length,
    })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(MAGIC.length + 4 + json.length + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  let at = MAGIC.length + 4 + json.length;
  for (const {bytes} of entries) (out.set(bytes, at), (at += bytes.length));
  return out;
}

/** {meta, results: Map(key → parquet bytes)} of a container; throws with `name` on anything malformed. */
export function unpackSnapshot(buffer, name = "snapshot") {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const fail = (why) => new Error(`Voorberekende resultaten (${name}) onleesbaar: ${why}`);
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    throw fail("geen LBMSNAP1-bestand");
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  const start = MAGIC.length + 4 + length;
  if (start > bytes.length) throw fail("kop langer dan het bestand");
  let header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, start)));
  } catch (error) {
    throw fail(`kop is geen JSON (${error.message})`);
  }
  const {entries = [], ...meta} = header;
  const results = new Map();
  for (const {key, offset, length} of entries) {
    if (!(offset >= 0 && length > 0 && start + offset + length <= bytes.length))
      throw fail(`resultaat buiten het bestand (${String(key).slice(0, 60)}…)`);
    results.set(key, bytes.subarray(start + offset, start + offset + length));
  }
  return {meta, results};
}
