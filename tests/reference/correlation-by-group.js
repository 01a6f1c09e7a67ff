// Row-based correlation per group: the plain reference that the column-based splitByGroup +
// correlateGroups of src/lib/stats/correlate.js are tested against.
import {correlate} from "../../src/lib/stats/correlate.js";

/**
 * Correlation per group of rows: [{group, r, n, lower, upper, effectiveN}] for groups with at
 * least minN complete pairs. key, x, y, weight are accessors (row → value).
 */
export function correlationByGroup(rows, {key, x, y, weight = null, method = "pearson", minN = 10}) {
  const groups = new Map();
  for (const row of rows) {
    const g = key(row);
    if (g == null) continue;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(row);
  }
  const result = [];
  for (const [group, list] of groups) {
    const c = correlate(list.map(x), list.map(y), {method, weights: weight ? list.map(weight) : null});
    if (c.n >= minN) result.push({group, ...c});
  }
  return result;
}
