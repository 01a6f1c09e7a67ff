// Which dimensions carried the historical improvements: per start class of the selection's
// buurten below the target, the mean change of each dimension among the buurten of that class
// that reached the target class over the comparison period.
import {DIMENSIONS} from "../registry.js";

/**
 * Long rows {start_class, achievers, n, dimension, label, mean} for the start classes that occur
 * in the selection below the target, in class order, dimensions in registry order.
 * @param {ReturnType<import("./gaps.js").gapRows>} gapRows
 * @param {ReturnType<import("./history.js").historyByClass>} history
 */
export function carrierRows(gapRows, history) {
  const classes = [...new Set(gapRows.filter((r) => r.at_target === false).map((r) => r.lbm_class))].sort(
    (a, b) => a - b,
  );
  return classes.flatMap((startClass) => {
    const h = history.get(startClass);
    return DIMENSIONS.map((d) => ({
      start_class: startClass,
      n: h?.n ?? 0,
      achievers: h?.achievers ?? 0,
      dimension: d.id,
      label: d.label,
      mean: h?.dimensions[d.id] ?? null,
    }));
  });
}

/**
 * The dimension with the largest mean gain per start class (null when no buurt of the class
 * reached the target).
 * @param {ReturnType<typeof carrierRows>} rows
 */
export function mainCarriers(rows) {
  const byClass = new Map();
  for (const r of rows) {
    if (r.mean == null) continue;
    const best = byClass.get(r.start_class);
    if (!best || r.mean > best.mean) byClass.set(r.start_class, r);
  }
  return [...byClass.values()];
}
