import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";
import {LBM_CLASSES} from "../../lib/registry.js";

/** Leefbaarometer's own colour order: red for zeer onvoldoende through green for uitstekend. */
export const CLASS_COLORS = [
  "#8b1a1a",
  "#c0392b",
  "#e0703a",
  "#f1b04c",
  "#d9e3a1",
  "#a6d49a",
  "#66b86a",
  "#2e8b57",
  "#14623a",
];

/**
 * Bars of areas (or another measure) per LBM class; every class is shown, also when empty.
 * rows: [{lbm_class, areas, …}]
 */
export function classChart(
  rows,
  {y = "areas", yLabel = "Aantal gebieden", title, id, width = 640, height = 260, ...options} = {},
) {
  const byClass = new Map(rows.map((d) => [d.lbm_class, d]));
  const data = LBM_CLASSES.map((c) => ({label: c.label, value: byClass.get(c.value)?.[y] ?? 0}));
  const total = data.reduce((s, d) => s + d.value, 0);
  const chart = accessibleChart(
    plot({
      title,
      width,
      height,
      marginBottom: 60,
      x: {domain: LBM_CLASSES.map((c) => c.label), label: null, tickRotate: -30},
      y: {label: yLabel, grid: true},
      color: {domain: LBM_CLASSES.map((c) => c.label), range: CLASS_COLORS},
      marks: [Plot.barY(data, {x: "label", y: "value", fill: "label", tip: {format: {fill: false}}}), Plot.ruleY([0])],
      ariaLabel: `Staafdiagram: ${data.map((d) => `${d.label} ${d.value}`).join(", ")} (totaal ${total})`,
      ...options,
    }),
  );
  if (id != null) chart.id = id;
  return chart;
}
