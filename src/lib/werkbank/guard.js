// The werkbank only reads. Before a reader's SQL runs, DuckDB's own parser decides: the text goes
// through the `query()` table function, which accepts exactly one SELECT statement (FROM-first,
// WITH, VALUES, SUMMARIZE, DESCRIBE, PIVOT included) and rejects everything else — DROP, INSERT,
// CREATE, COPY … TO, SET, ATTACH, several statements. Nothing is executed by the check itself.
import {literal} from "../sql.js";

export class RefusedStatement extends Error {
  constructor(message) {
    super(message);
    this.name = "RefusedStatement";
  }
}

const NOT_A_SELECT = /Expected a single SELECT statement/i;

/** The reader's text without trailing semicolons and whitespace (one statement may end in ";"). */
export const statementText = (text) => String(text ?? "").replace(/[\s;]+$/, "");

/**
 * Resolves when `text` is one read-only statement; throws RefusedStatement when it is not, or
 * DuckDB's own error (with the line in the reader's text) when it does not parse or bind.
 * @param {{query: (text: string) => Promise<any>, prepare: (text: string) => Promise<{close: () => Promise<void>}>}} conn
 * @param {string} text
 */
export async function assertReadOnly(conn, text) {
  const statement = statementText(text);
  if (!statement.trim()) throw new RefusedStatement("Er is geen query om uit te voeren.");
  try {
    await conn.query(`DESCRIBE SELECT * FROM query(${literal(statement)})`);
  } catch (error) {
    const message = String(error?.message ?? error);
    if (NOT_A_SELECT.test(message))
      throw new RefusedStatement(
        "De werkbank voert alleen één leesquery uit (SELECT, WITH … SELECT, FROM …). " +
          "Opdrachten die iets veranderen of wegschrijven (DROP, INSERT, CREATE, COPY … TO, SET) worden niet uitgevoerd.",
      );
    // The same error again, now against the reader's own text, so that its LINE points into it.
    // prepare() parses and binds but executes nothing.
    const prepared = await conn.prepare(statement);
    await prepared.close();
    throw error;
  }
}
