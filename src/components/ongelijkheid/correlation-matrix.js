import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";

import {formatDecimal} from "../../lib/format.js";

const nl = (x) => formatDecimal(x, 2);

/** Heatmap of correlations with the value in every cell: rows [{row, column, r}] in display order. */
export function correlationMatrix(cells, {rows, columns, width = 640, ...options} = {}) {
  rows ??= [...new Set(cells.map((d) => d.row))];
  columns ??= [...new Set(cells.map((d) => d.column))];
  return accessibleChart(
    plot({
      width,
      height: 60 + 36 * rows.length,
      marginLeft: 170,
      marginBottom: 10,
      x: {domain: columns, label: null, axis: "top"},
      y: {domain: rows, label: null},
      color: {type: "diverging", scheme: "rdbu", domain: [-1, 1], label: "r", legend: true},
      ariaLabel: `Correlatiematrix: ${cells.map((d) => `${d.row} met ${d.column}: ${nl(d.r)}`).join("; ")}`,
      marks: [
        Plot.cell(cells, {x: "column", y: "row", fill: "r", inset: 1}),
        Plot.text(cells, {
          x: "column",
          y: "row",
          text: (d) => nl(d.r),
          fill: (d) => (Math.abs(d.r) > 0.5 ? "white" : "black"),
        }),
      ],
      ...options,
    }),
  );
}
