// The indicators a reader can weigh: the built-in ondermijning measures (their choice and weights
// live in the URL) followed by the columns of an uploaded CSV (never in the URL).
import {ONDERMIJNING_MEASURES} from "./queries.js";

/** The composite index's name where an indicator label is expected. */
export const INDEX_NAME = "Samengestelde index";

/**
 * The indicator list for the weights control and the analysis, and `labelOf(id)` for charts,
 * tables and downloads ("index" is the composite index; an unknown id is its own label).
 * @param {{id: string, name: string, values: Map<string, number | null>}[]} ownIndicators parsed CSV columns
 */
export function indicatorCatalog(ownIndicators) {
  const builtIns = ONDERMIJNING_MEASURES.map((m) => ({id: m.id, label: m.label, note: m.unit, url: true}));
  const own = ownIndicators.map((d) => ({
    id: d.id,
    label: d.name,
    note: "eigen bestand",
    url: false,
    values: d.values,
  }));
  const indicators = [...builtIns, ...own];
  const labels = new Map();
  // The first indicator with an id names it, as a search of the list would.
  for (const d of indicators) if (!labels.has(d.id)) labels.set(d.id, d.label);
  /** @param {string} id */
  const labelOf = (id) => (id === "index" ? INDEX_NAME : (labels.get(id) ?? id));
  return {indicators, labelOf};
}

/**
 * The gemeentecodes in the data, so that an uploaded file's other codes can be reported.
 * @param {{code: string}[]} gemeenteRows
 */
export const gemeenteCodes = (gemeenteRows) => new Set(gemeenteRows.map((d) => d.code));
