import * as Plot from "@observablehq/plot";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {HexagonCanvas, hexBins} from "./hexbin-canvas.js";

const BIN_WIDTH = 8;
const MARGINS = {marginTop: 20, marginRight: 20, marginBottom: 40, marginLeft: 50};
const nl = new Intl.NumberFormat("nl-NL", {maximumFractionDigits: 2});

// A log legend has a tick at every 1…9 × 10ⁿ; labelling only 1, 2 and 5 keeps the labels apart.
const logTickLabel = (d) => ([1, 2, 5].includes(Math.round(d / 10 ** Math.floor(Math.log10(d)))) ? nl.format(d) : "");

const column = (data, value) => (typeof value === "string" ? Float64Array.from(data, (d) => d[value]) : value);

/**
 * Areas as points of SES (x) against LBM (y) with the least-squares line. Above `binAbove`
 * points the density is shown as hexagons (13,000 SVG dots would be slow and overplotted).
 * data: the complete cases; x, y: field names or columns (arrays in the order of data);
 * title: the tooltip of an unbinned point; line: {intercept, slope} or null.
 */
export function scatterSes(
  data,
  {
    x = "x",
    y = "y",
    title = (d) => d.name,
    xLabel = "SES",
    yLabel = "LBM",
    line = null,
    binAbove = 2500,
    width = 640,
    height = 420,
    ariaLabel,
    ...options
  } = {},
) {
  width = fitWidth(width);
  const binned = data.length > binAbove;
  const X = column(data, x),
    Y = column(data, y);
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (let i = 0; i < X.length; ++i) {
    if (X[i] < x0) x0 = X[i];
    if (X[i] > x1) x1 = X[i];
    if (Y[i] < y0) y0 = Y[i];
    if (Y[i] > y1) y1 = Y[i];
  }
  const fitted = line && Number.isFinite(line.slope) ? [x0, x1].map((x) => line.intercept + line.slope * x) : null;
  if (fitted) [y0, y1] = [Math.min(y0, ...fitted), Math.max(y1, ...fitted)];
  // Binned, the domains and margins are set here so that the bins are regular hexagons on screen.
  const bins =
    binned &&
    hexBins(X, Y, {
      x: [x0, x1],
      y: [y0, y1],
      binWidth: BIN_WIDTH,
      width: width - MARGINS.marginLeft - MARGINS.marginRight,
      height: height - MARGINS.marginTop - MARGINS.marginBottom,
    });
  return accessibleChart(
    plot({
      width,
      height,
      grid: true,
      ...(binned && MARGINS),
      x: {label: xLabel, ...(binned && {domain: [x0, x1]})},
      y: {label: yLabel, ...(binned && {domain: [y0, y1]})},
      color: binned
        ? {type: "log", scheme: "blues", label: "Aantal gebieden", legend: true, tickFormat: logTickLabel}
        : undefined,
      ariaLabel:
        ariaLabel ??
        `Spreidingsdiagram van ${data.length} gebieden: ${yLabel} tegen ${xLabel}.${line ? ` Regressielijn: ${yLabel} = ${nl.format(line.intercept)} + ${nl.format(line.slope)} × ${xLabel}.` : ""}`,
      marks: [
        binned
          ? new HexagonCanvas(bins, {x: "x", y: "y", fill: "count", radius: BIN_WIDTH / Math.sqrt(3)})
          : Plot.dot(data, {x: X, y: Y, r: 2, fill: "#2a6fbb", fillOpacity: 0.5, tip: true, title}),
        binned
          ? Plot.tip(
              bins,
              Plot.pointer({
                x: "x",
                y: "y",
                // Indexes: the text is made only for the bin under the pointer.
                title: bins.map((d, i) => i),
                format: {
                  title: (i) =>
                    `${nl.format(bins[i].count)} ${bins[i].count === 1 ? "gebied" : "gebieden"}\n${xLabel} ≈ ${nl.format(bins[i].x)}\n${yLabel} ≈ ${nl.format(bins[i].y)}`,
                },
              }),
            )
          : null,
        fitted ? Plot.line([x0, x1], {x: (x) => x, y: (x, i) => fitted[i], stroke: "#c0392b", strokeWidth: 2}) : null,
      ],
      ...options,
    }),
  );
}
