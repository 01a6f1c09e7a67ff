// The transition matrix as a heatmap: start class (rows) × end class (columns), coloured by the
// share of the start class that ended in each class, with count and share written in each cell.
// Cells that count as riser or faller under the current definition get a coloured outline.
import * as Plot from "@observablehq/plot";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {classLabel} from "../../lib/labels.js";
import {LBM_CLASSES} from "../../lib/registry.js";
import {GROUP_COLORS} from "./colors.js";

const CLASSES = LBM_CLASSES.map((c) => c.value);

/** Cells with their value and the share of their start class (row), from matrix rows {start_class, end_class, n, weight}. */
export function withRowShares(cells, {weighted = false} = {}) {
  const value = (d) => (weighted ? (d.weight ?? 0) : d.n);
  const totals = new Map();
  for (const d of cells) totals.set(d.start_class, (totals.get(d.start_class) ?? 0) + value(d));
  return cells.map((d) => ({
    ...d,
    value: value(d),
    share: totals.get(d.start_class) > 0 ? value(d) / totals.get(d.start_class) : null,
  }));
}

/**
 * @param {any[]} cells matrix rows
 * @param {{groupOf?: (start: number, end: number) => string, baseYear?: number, endYear?: number, weighted?: boolean, width?: number, formatValue?: (x: number) => string, formatShare?: (x: number) => string}} [options]
 */
export function transitionHeatmap(
  cells,
  {
    groupOf,
    baseYear,
    endYear,
    weighted = false,
    width = 640,
    formatValue = (x) => Math.round(x).toLocaleString("nl-NL"),
    formatShare = (x) => `${Math.round(x * 100)}%`,
  } = {},
) {
  width = fitWidth(width);
  const data = withRowShares(cells, {weighted});
  const outlined = groupOf
    ? data.filter((d) => ["stijger", "daler"].includes(groupOf(d.start_class, d.end_class)))
    : [];
  const total = data.reduce((s, d) => s + d.value, 0);
  const same = data.filter((d) => d.start_class === d.end_class).reduce((s, d) => s + d.value, 0);
  const chart = plot({
    width,
    height: Math.min(width, 560),
    marginLeft: 60,
    marginBottom: 44,
    padding: 0.04,
    x: {domain: CLASSES, label: `Klasse ${endYear} →`, labelAnchor: "right", labelOffset: 36},
    y: {domain: [...CLASSES].reverse(), label: `↑ Klasse ${baseYear}`},
    color: {
      type: "linear",
      domain: [0, 1],
      scheme: "greys",
      label: "Aandeel van de startklasse",
      legend: true,
      tickFormat: (x) => `${Math.round(x * 100)}%`,
    },
    marks: [
      Plot.cell(data, {
        x: "end_class",
        y: "start_class",
        fill: "share",
        title: (d) =>
          `${baseYear}: ${classLabel(d.start_class)} → ${endYear}: ${classLabel(d.end_class)}\n${formatValue(d.value)} ${weighted ? "inwoners" : "gebieden"} (${formatShare(d.share)} van de startklasse)`,
      }),
      Plot.cell(outlined, {
        x: "end_class",
        y: "start_class",
        fill: null,
        stroke: (d) => GROUP_COLORS[groupOf(d.start_class, d.end_class)],
        strokeWidth: 2.5,
        inset: 1.5,
      }),
      Plot.text(data, {
        x: "end_class",
        y: "start_class",
        text: (d) => `${formatValue(d.value)}\n${formatShare(d.share)}`,
        fill: (d) => (d.share > 0.5 ? "white" : "black"),
        fontSize: 10,
        lineHeight: 1.1,
      }),
    ],
  });
  return accessibleChart(
    chart,
    `Overgangsmatrix ${baseYear}–${endYear}: ${formatValue(total)} ${weighted ? "inwoners" : "gebieden"}, waarvan ${formatShare(total > 0 ? same / total : 0)} in dezelfde klasse bleef. Blauw omrand: stijgers; oranje omrand: dalers.`,
  );
}
