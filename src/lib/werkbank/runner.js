// Runs a reader's query in the werkbank's own DuckDB-WASM instance: checked to be read-only
// (guard.js), streamed so that it can be cancelled, counted as work (activity.js) so the page
// shows that it is busy, and collected into one Arrow table for the table, chart and downloads.
import {Table} from "apache-arrow";
import {beginWork} from "../activity.js";
import {assertReadOnly, statementText} from "./guard.js";

/** Results longer than this are cut off (the reader is told); the browser's memory is the limit. */
export const MAX_ROWS = 1_000_000;

export class Cancelled extends Error {
  constructor() {
    super("Interrupted: de query is geannuleerd.");
    this.name = "Cancelled";
  }
}

/**
 * Closes the connection to the world outside the loaded tables: no file, URL or extension can be
 * read (DuckDB-WASM would otherwise fetch http(s) addresses named in a query), and the setting
 * cannot be switched back.
 */
export async function lockDown(conn) {
  await conn.query("SET enable_external_access = false");
  await conn.query("SET lock_configuration = true");
}

/**
 * A runner over one connection: run(text) → {table, rows, truncated, ms}; cancel() stops the
 * running query. One query at a time: a new run cancels the previous one.
 * @param {any} conn an AsyncDuckDBConnection
 */
export function createRunner(conn) {
  let current = null;

  async function cancel() {
    if (!current) return;
    const run = current;
    current = null;
    run.cancelled = true;
    run.reject(new Cancelled());
    await conn.cancelSent().catch(() => false);
  }

  async function execute(text, run) {
    await assertReadOnly(conn, text);
    if (run.cancelled) throw new Cancelled();
    const reader = await conn.send(statementText(text), true);
    const batches = [];
    let rows = 0;
    let truncated = false;
    for await (const batch of reader) {
      if (run.cancelled) throw new Cancelled();
      batches.push(batch);
      rows += batch.numRows;
      if (rows > MAX_ROWS) {
        truncated = true;
        await conn.cancelSent().catch(() => false);
        break;
      }
    }
    return {table: new Table(reader.schema, batches), truncated};
  }

  async function run(text) {
    await cancel();
    const started = performance.now();
    const end = beginWork();
    /** @type {any} */
    const state = {cancelled: false};
    const stopped = new Promise((_, reject) => (state.reject = reject));
    current = state;
    try {
      const {table, truncated} = await Promise.race([execute(text, state), stopped]);
      return {table, rows: table.numRows, truncated, ms: performance.now() - started};
    } finally {
      if (current === state) current = null;
      end();
    }
  }

  return {run, cancel, busy: () => current !== null};
}
