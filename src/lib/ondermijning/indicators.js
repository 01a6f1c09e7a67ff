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
 * The indicators checked at first: every uploaded one, and the built-in ones the data have a value
 * for (the official sources deliver only some of them; an indicator without any value would leave
 * no gemeente with a complete index). Its weights row says "niet in deze gegevens".
 * @param {{id: string, url: boolean}[]} indicators indicatorCatalog's list
 * @param {Record<string, unknown>[]} rows the page's wide rows (queries.js)
 */
export function defaultSelection(indicators, rows) {
  return indicators.filter((d) => !d.url || rows.some((r) => r[d.id] != null)).map((d) => d.id);
}

/**
 * The built-in indicators with a note that they are not in these data, where that is so.
 * @param {{id: string, url: boolean, note?: string}[]} indicators
 * @param {Record<string, unknown>[]} rows
 */
export function markMissing(indicators, rows) {
  const present = new Set(defaultSelection(indicators, rows));
  return indicators.map((d) => (present.has(d.id) ? d : {...d, note: `${d.note}; niet in deze gegevens`}));
}

/**
 * The gemeentecodes in the data, so that an uploaded file's other codes can be reported.
 * @param {{code: string}[]} gemeenteRows
 */
export const gemeenteCodes = (gemeenteRows) => new Set(gemeenteRows.map((d) => d.code));
