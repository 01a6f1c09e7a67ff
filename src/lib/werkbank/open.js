// Opens the werkbank's own database: the site's tables, counted, then closed to the outside world
// (runner.js lockDown), with a runner for the reader's queries. Counted as work while it loads,
// so that the page says it is busy (and tests wait for it).
import {trackWork} from "../activity.js";
import {openDatabase} from "../duckdb.js";
import {rowCounts} from "./row-counts.js";
import {createRunner, lockDown} from "./runner.js";

/**
 * @param {Record<string, ArrayBuffer | Promise<ArrayBuffer>>} tables
 * @param {{tables: {name: string}[]}} codebook
 */
export function openWerkbank(tables, codebook) {
  return trackWork(
    (async () => {
      const db = await openDatabase(tables);
      const conn = await db.connection();
      const counts = await rowCounts(db, codebook);
      await lockDown(conn);
      return {runner: createRunner(conn), counts, close: () => db.close()};
    })(),
  );
}
