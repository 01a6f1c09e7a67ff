import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";

import {formatDecimal} from "../../lib/format.js";

const nl = (x) => formatDecimal(x, 2);

/**
 * Ranked dots with interval bars: one row per group, rows [{label, r, lower, upper, n}], sorted
 * by r (largest on top). Used for the correlation per size class, stedelijkheid or region.
 */
export function correlationDots(
  rows,
  {xLabel = "Correlatie (r)", width = 640, marginLeft = 180, highlight, ...options} = {},
) {
  const data = [...rows].sort((a, b) => b.r - a.r);
  return accessibleChart(
    plot({
      width,
      height: 40 + 22 * data.length,
      marginLeft,
      // A group within one gemeente has no clustered interval (NaN): its dot stands alone.
      x: {
        label: xLabel,
        domain: [Math.min(0, ...data.map((d) => (Number.isFinite(d.lower) ? d.lower : d.r))), 1],
        grid: true,
      },
      y: {label: null, domain: data.map((d) => d.label)},
      ariaLabel: `Correlatie per groep, van hoog naar laag: ${data.map((d) => `${d.label} ${nl(d.r)} (n = ${d.n})`).join("; ")}`,
      marks: [
        Plot.ruleX([0]),
        Plot.ruleY(data, {y: "label", x1: "lower", x2: "upper", stroke: "#888", strokeWidth: 2}),
        Plot.dot(data, {
          y: "label",
          x: "r",
          r: 4,
          fill: highlight ? (d) => (highlight(d) ? "#c0392b" : "#2a6fbb") : "#2a6fbb",
          tip: true,
          title: (d) => `${d.label}\nr = ${nl(d.r)} (95%: ${nl(d.lower)} – ${nl(d.upper)})\nn = ${d.n}`,
        }),
      ],
      ...options,
    }),
  );
}
