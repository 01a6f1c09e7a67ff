// Risers and fallers per provincie, COROP, gemeente, size class or stedelijkheid: the rows of
// engine.breakdown with a readable label, in reading order, as shares.
import {REGION_KIND_LABELS, REGION_KIND_NOUNS, sizeClassLabel, stedelijkheidLabel} from "../labels.js";
import {SIZE_CLASSES} from "../registry.js";
import {wilsonInterval} from "../stats/proportion.js";
import {breakdown} from "./engine.js";

/** The choices of the breakdown control; stedelijkheid is the area's own, not its gemeente's. */
export const BREAKDOWN_OPTION_LABELS = Object.freeze({
  ...REGION_KIND_NOUNS,
  stedelijkheid: "stedelijkheid van het gebied zelf",
});
/** Axis and column headings. */
export const BREAKDOWN_HEADINGS = Object.freeze({...REGION_KIND_LABELS, stedelijkheid: "Stedelijkheid van het gebied"});

const LABELS = {
  size_class: (key) => sizeClassLabel(key),
  stedelijkheid: (key) => stedelijkheidLabel(key),
};
const labelOf = (by, row) => (LABELS[by] ? LABELS[by](row.key) : (row.label ?? row.key));

/**
 * Shares per row, weighted or not: {key, label, areas, riserShare, riserLower, riserUpper,
 * fallerShare, risers, selected, fallers, fallerBase}. riserLower/-Upper: the 95% Wilson interval
 * of the riser share on the number of areas selected (also when weighted: the areas are what was sampled).
 * @param {any[]} rows @param {{weighted?: boolean}} [options]
 */
export function breakdownShares(rows, {weighted = false} = {}) {
  const pick = (r, k) => (weighted ? (r[`${k}_weight`] ?? 0) : (r[k] ?? 0));
  return rows.map((r) => {
    const risers = pick(r, "risers");
    const selected = pick(r, "selected");
    const fallers = pick(r, "fallers");
    const fallerBase = pick(r, "faller_base");
    const riserShare = selected > 0 ? risers / selected : null;
    const [riserLower, riserUpper] =
      riserShare == null ? [null, null] : wilsonInterval(riserShare * (r.selected ?? 0), r.selected ?? 0);
    return {
      key: r.key,
      label: r.label,
      // Areas, also when weighted: the minimum n counts areas, not inhabitants.
      areas: r.selected ?? 0,
      risers,
      selected,
      fallers,
      fallerBase,
      riserShare,
      riserLower: Number.isFinite(riserLower) ? riserLower : null,
      riserUpper: Number.isFinite(riserUpper) ? riserUpper : null,
      fallerShare: fallerBase > 0 ? fallers / fallerBase : null,
    };
  });
}

/**
 * The breakdown of the classified pairs (none without a definition) as shares, labelled and
 * sorted: size classes from small to large, everything else by label.
 * @param {any} pairs engine.classify's result, or null @param {string} by @param {{weighted?: boolean}} [options]
 */
export function breakdownShareRows(pairs, by, {weighted = false} = {}) {
  if (!pairs) return [];
  const rows = breakdown(pairs, by).map((r) => ({...r, label: labelOf(by, r)}));
  const sizeOrder = (r) => SIZE_CLASSES.findIndex((s) => s.id === r.key);
  rows.sort(
    by === "size_class"
      ? (a, b) => sizeOrder(a) - sizeOrder(b)
      : (a, b) => String(a.label).localeCompare(String(b.label), "nl"),
  );
  return breakdownShares(rows, {weighted});
}
