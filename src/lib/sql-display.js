// SQL text with its parameter values written in, for the Methode disclosure only: what a reader
// can copy into DuckDB to get the same result. Never executed; the page runs the text with
// bound parameters.

/** A value as a DuckDB literal. */
export function sqlLiteral(value) {
  if (value == null) return "NULL";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `'${value}'::DOUBLE`;
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString()}'`;
  if (Array.isArray(value)) return `[${value.map(sqlLiteral).join(", ")}]`;
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return `'${text.replaceAll("'", "''")}'`;
}

// Quoted text and comments first, so that a "?" or "$x" inside them is left alone.
const TOKENS = /'(?:[^']|'')*'?|"(?:[^"]|"")*"?|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|\?|\$(\d+)|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * @param {string} sql
 * @param {unknown[] | Record<string, unknown> | null} [params]
 *
 * Replaces placeholders with literals: with an array, `?` (in order) and `$1`, `$2`, …;
 * with an object, `$name`. Placeholders without a value stay as they are.
 */
export function inlineParams(sql, params = []) {
  let next = 0;
  const positional = Array.isArray(params);
  return String(sql).replace(TOKENS, (token, number, name) => {
    if (token === "?") {
      if (!positional) return token;
      const i = next++;
      return i < params.length ? sqlLiteral(params[i]) : token;
    }
    if (number !== undefined) {
      const i = Number(number) - 1;
      return positional && i >= 0 && i < params.length ? sqlLiteral(params[i]) : token;
    }
    if (name !== undefined) {
      return !positional && params != null && Object.hasOwn(params, name) ? sqlLiteral(params[name]) : token;
    }
    return token;
  });
}
