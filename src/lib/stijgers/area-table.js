// The rows of the areas table (risers, fallers and the rest of the selection) and of its download.
import {DIMENSIONS} from "../registry.js";
import {DEFAULTS} from "./defaults.js";
import {groupLabel} from "./definition.js";
import {trajectory} from "./engine.js";

const DELTA_KEYS = DIMENSIONS.map((d) => [`d_${d.id}`, d.label]);

/**
 * The label of the dimension whose change moved the area's afw furthest in the direction the
 * area's own afw moved; "–" when none moved that way. Compare mainContributorOfGroup
 * (decomposition.js), which does the same for a group's mean changes.
 * @param {Record<string, any>} row an areaTable row (d_afw, d_won, …)
 */
export function mainContributorLabelOfArea(row) {
  const direction = row.d_afw < 0 ? -1 : 1;
  let best = "–";
  let bestValue = 0;
  for (const [key, label] of DELTA_KEYS) {
    if (direction * row[key] > bestValue) {
      bestValue = direction * row[key];
      best = label;
    }
  }
  return best;
}

/**
 * The areaTable rows with the table's text columns: group, "start → end" classes and the main
 * contributor.
 * @param {any[]} rows
 */
export const areaTableRows = (rows) =>
  rows.map((r) => ({
    ...r,
    group: groupLabel(r.grp),
    classes: `${r.start_class} → ${r.end_class}`,
    dominant: mainContributorLabelOfArea(r),
  }));

/**
 * The download: each areaTable row (made with {trajectories: false}) without its index and with
 * the total score of every year that has one as lbm_<year>.
 * @param {any[]} rows @param {any} scores
 */
export const areaDownloadRows = (rows, scores) =>
  rows.map(({index, ...r}) => {
    const t = trajectory(scores, index);
    return {...r, ...Object.fromEntries(t.years.map((y, i) => [`lbm_${y}`, t.scores[i]]))};
  });

/**
 * The lowest total score of the sufficient class (class_lower_bounds starts at class 2).
 * @param {{class_lower_bounds: number[]}} provenance @param {number} [sufficientClass]
 */
export const sufficientScore = (provenance, sufficientClass = DEFAULTS.sufficientClass) =>
  provenance.class_lower_bounds[sufficientClass - 2];
