// The number of rows of every table of the codebook, for the schema browser.
import {ident, join, sql} from "../sql.js";

/** {table: rows} of every table in the codebook. */
export async function rowCounts(db, codebook) {
  const names = codebook.tables.map((t) => t.name);
  const parts = names.map((name) => sql`SELECT ${name} AS name, count(*) AS n FROM ${ident(name, names)}`);
  const rows = await db.query(join(parts, "\nUNION ALL\n"));
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
