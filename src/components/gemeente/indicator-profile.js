import * as Plot from "@observablehq/plot";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {formatDecimal} from "../../lib/format.js";

/**
 * Per ondermijning indicator the gemeente's standardised score against its peers' mean score
 * (0 = the mean of all gemeenten with a reliable estimate). indicators: ondermijningProfile().indicators.
 */
export function indicatorProfileChart(indicators, {name, width = 640, id = "gemeente-indicators"} = {}) {
  width = fitWidth(width);
  const data = indicators
    .flatMap((d) => [
      {label: d.label, who: name, score: d.score},
      {label: d.label, who: "Vergelijkbare gemeenten (gemiddeld)", score: d.peerMean},
    ])
    .filter((d) => d.score != null);
  const text = indicators
    .map(
      (d) =>
        `${d.label}: ${name} ${formatDecimal(d.score, 2)}, vergelijkbare gemeenten ${formatDecimal(d.peerMean, 2)}`,
    )
    .join("; ");
  const chart = plot({
    width,
    height: 60 + 44 * indicators.length,
    marginLeft: Math.min(230, Math.round(width * 0.45)),
    x: {label: "Gestandaardiseerde score (z)", grid: true, tickFormat: (v) => formatDecimal(v, 1)},
    y: {axis: null},
    fy: {label: null, axis: "left", domain: indicators.map((d) => d.label)},
    color: {domain: [name, "Vergelijkbare gemeenten (gemiddeld)"], range: ["#c0392b", "#8a8a8a"], legend: true},
    marks: [
      Plot.barX(data, {
        x: "score",
        y: "who",
        fy: "label",
        fill: "who",
        title: (d) => `${d.label}, ${d.who}: ${formatDecimal(d.score, 2)}`,
        tip: true,
      }),
      Plot.ruleX([0]),
    ],
  });
  const figure = accessibleChart(chart, `Indicatorprofiel ondermijning. ${text}`);
  figure.id = id;
  return figure;
}
