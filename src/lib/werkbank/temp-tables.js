// A page may first store rows as a temporary table (CREATE TEMP TABLE t AS SELECT …) and then
// query it. The werkbank runs one reading query, so a later query that reads such a table is
// opened with the table's SELECT written in as a common table expression: same rows, one statement.

const CREATE_TEMP = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMP(?:ORARY)?\s+TABLE\s+([A-Za-z_]\w*)\s+AS\s+([\s\S]*)$/i;

/** {name, select} of a CREATE TEMP TABLE … AS SELECT text, or null. */
export function tempTableDefinition(text) {
  const match = CREATE_TEMP.exec(text);
  return match ? {name: match[1], select: match[2].replace(/[\s;]+$/, "")} : null;
}

/**
 * `text` with every temporary table it reads (from `definitions`, earlier in the same list)
 * written in as a CTE in front: "WITH t AS (…) <text>", or merged into its own WITH.
 * @param {string} text
 * @param {{name: string, select: string}[]} definitions
 */
export function withTempTables(text, definitions) {
  const used = definitions.filter(({name}) => new RegExp(`\\b${name}\\b`).test(text));
  if (!used.length) return text;
  const ctes = used.map(({name, select}) => `${name} AS (\n${select}\n)`).join(", ");
  const ownWith = /^\s*WITH\s+(?!RECURSIVE\b)/i.exec(text);
  return ownWith ? `WITH ${ctes}, ${text.slice(ownWith[0].length)}` : `WITH ${ctes}\n${text}`;
}
