import * as Plot from "@observablehq/plot";

const nl = new Intl.NumberFormat("nl-NL", {maximumFractionDigits: 2});

/**
 * Areas as points of SES (x) against LBM (y) with the least-squares line. Above `binAbove`
 * points the density is shown as hexagons (13,000 SVG dots would be slow and overplotted).
 * data: [{x, y, name?}] (complete cases); line: {intercept, slope} or null.
 */
export function scatterSes(data, {
  xLabel = "SES",
  yLabel = "LBM",
  line = null,
  binAbove = 2500,
  width = 640,
  height = 420,
  ariaLabel,
  ...options
} = {}) {
  const binned = data.length > binAbove;
  // Columns for the hexbin: Plot reads typed arrays faster than a property of 13,000 objects.
  const X = new Float64Array(data.length), Y = new Float64Array(data.length);
  let x0 = Infinity, x1 = -Infinity;
  data.forEach((d, i) => {
    const x = (X[i] = d.x);
    Y[i] = d.y;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
  });
  return Plot.plot({
    width,
    height,
    grid: true,
    x: {label: xLabel},
    y: {label: yLabel},
    color: binned ? {type: "log", scheme: "blues", label: "Aantal gebieden", legend: true} : undefined,
    ariaLabel: ariaLabel ?? `Spreidingsdiagram van ${data.length} gebieden: ${yLabel} tegen ${xLabel}.${line ? ` Regressielijn: ${yLabel} = ${nl.format(line.intercept)} + ${nl.format(line.slope)} × ${xLabel}.` : ""}`,
    marks: [
      binned
        ? Plot.dot({length: data.length}, Plot.hexbin({fill: "count"}, {x: X, y: Y, binWidth: 8, symbol: "hexagon", tip: true}))
        : Plot.dot(data, {x: "x", y: "y", r: 2, fill: "#2a6fbb", fillOpacity: 0.5, tip: true, title: (d) => d.name}),
      line && Number.isFinite(line.slope)
        ? Plot.line([x0, x1], {x: (x) => x, y: (x) => line.intercept + line.slope * x, stroke: "#c0392b", strokeWidth: 2})
        : null,
    ],
    ...options,
  });
}
