// The groups the decomposition charts show, each {label, row} with the row's means (groupMeans)
// and its count in the label.
import {formatInt} from "../format.js";
import {numberedClassLabel} from "../labels.js";
import {regionPredicate} from "../region.js";
import {groupMeans} from "./decomposition.js";
import {groupLabel} from "./definition.js";

const withCount = (label, row) => ({label: `${label} (n = ${formatInt(row.n)})`, row});

/**
 * Risers, fallers and the rest of the selection, then the region (only when one is chosen) and
 * the whole country for comparison.
 * @param {any[]} rows decomposition rows @param {{region: any} | null} def
 */
export function decompositionGroups(rows, def) {
  const regionChosen = def != null && regionPredicate(def.region).length > 0;
  return [
    withCount("Stijgers", groupMeans(rows, "stijger")),
    withCount("Dalers", groupMeans(rows, "daler")),
    withCount("Rest van de selectie", groupMeans(rows, "rest")),
    ...(regionChosen ? [withCount("Regio (alle gebieden)", groupMeans(rows, "regio"))] : []),
    withCount("Landelijk (alle gebieden)", groupMeans(rows, "landelijk")),
  ];
}

/**
 * Risers, fallers and rest per start class, in the order of the start classes; groups without
 * areas are left out.
 * @param {any[]} rows decomposition rows @param {number[]} startClasses
 */
export function decompositionByStartClass(rows, startClasses) {
  return startClasses
    .flatMap((startClass) =>
      ["stijger", "daler", "rest"].map((grp) => ({grp, startClass, row: groupMeans(rows, grp, [startClass])})),
    )
    .filter((d) => d.row.n > 0)
    .map((d) => withCount(`${numberedClassLabel(d.startClass)} · ${groupLabel(d.grp).toLowerCase()}`, d.row));
}
