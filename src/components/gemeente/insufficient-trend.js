import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";
import {formatPercent} from "../../lib/format.js";

const SERIES = [
  {key: "gemeente", color: "#c0392b"},
  {key: "peers", label: "Vergelijkbare gemeenten", color: "#1f6fb4"},
  {key: "national", label: "Nederland", color: "#6f6f6f"},
];

/**
 * Lines of the share of areas below voldoende per year: the gemeente (named `name`), its peers
 * and the country. rows: insufficientTrend rows.
 */
export function insufficientTrendChart(rows, {name, width = 640, height = 260, id} = {}) {
  const labelOf = (s) => (s.key === "gemeente" ? name : s.label);
  const data = SERIES.flatMap((s) =>
    rows.filter((r) => r[s.key] != null).map((r) => ({year: r.year, share: r[s.key], series: labelOf(s)})),
  );
  const text = SERIES.map(
    (s) => `${labelOf(s)}: ${rows.map((r) => `${r.year} ${formatPercent(r[s.key])}`).join(", ")}`,
  ).join("; ");
  const chart = plot({
    width,
    height,
    marginLeft: 50,
    x: {label: null, tickFormat: String, ticks: rows.map((r) => r.year)},
    y: {label: "Aandeel onder voldoende", tickFormat: (v) => formatPercent(v), grid: true, zero: true},
    color: {domain: SERIES.map(labelOf), range: SERIES.map((s) => s.color), legend: true},
    marks: [
      Plot.line(data, {x: "year", y: "share", stroke: "series", strokeWidth: 2}),
      Plot.dot(data, {
        x: "year",
        y: "share",
        fill: "series",
        r: 3,
        tip: true,
        title: (d) => `${d.series}, ${d.year}: ${formatPercent(d.share, 1)}`,
      }),
    ],
  });
  const figure = accessibleChart(chart, `Aandeel buurten onder voldoende per jaar. ${text}`);
  if (id != null) figure.id = id;
  return figure;
}
