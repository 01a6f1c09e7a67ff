import * as Plot from "@observablehq/plot";
import {formatDecimal} from "../../lib/format.js";
import {DIMENSIONS} from "../../lib/registry.js";
import {PROFILE_GROUPS} from "../../lib/ongelijkheid/quadrant.js";
import {accessibleChart, plot} from "../plot-a11y.js";

/**
 * Mean dimension scores of the low–low areas beside those of the other areas: one pair of bars
 * per dimension. rows: profileBars(lowLowProfile rows), [{groep, dimensie, score}].
 * @param {{groep: string, dimensie: string, score: number}[]} rows
 */
export function dimensionProfile(rows, {width = 640, height = 320} = {}) {
  const chart = plot({
    width,
    height,
    marginLeft: 170,
    x: {label: "Gemiddelde dimensiescore (afwijking van het landelijk niveau)", grid: true},
    y: {label: null, domain: PROFILE_GROUPS, axis: null},
    fy: {label: null, domain: DIMENSIONS.map((d) => d.label)},
    color: {domain: PROFILE_GROUPS, range: ["#c0392b", "#7f8c8d"], legend: true},
    marks: [Plot.ruleX([0]), Plot.barX(rows, {x: "score", y: "groep", fy: "dimensie", fill: "groep", tip: true})],
  });
  return accessibleChart(
    chart,
    `Dimensieprofiel: ${rows.map((d) => `${d.groep} ${d.dimensie} ${formatDecimal(d.score, 3)}`).join("; ")}`,
  );
}
