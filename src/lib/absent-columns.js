// Columns of a contract table that the source did not deliver (provenance.tables[].absent_columns,
// written by the official pipeline, e.g. a StatLine export without SES part scores). Such a
// column is null in every row: pages say so instead of drawing an empty view.

/**
 * @param {any} provenance data/provenance.json
 * @param {string} table contract table name ("ses")
 * @returns {string[]} column names, in the order the pipeline recorded them
 */
export function absentColumns(provenance, table) {
  const entries = (provenance?.tables ?? []).filter((t) => t.table === table);
  return [...new Set(entries.flatMap((t) => t.absent_columns ?? []))];
}
