import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";
import {formatPercent} from "../../lib/format.js";
import {classLabel, levelNoun} from "../../lib/labels.js";
import {LBM_CLASSES} from "../../lib/registry.js";
import {classShares} from "../../lib/gemeente/areas.js";

const CLASS_DOMAIN = LBM_CLASSES.map((c) => c.label);

/**
 * Stacked bars: per Leefbaarometer year the share of the gemeente's buurten (or wijken) in each
 * class, red (zeer onvoldoende) to green (uitstekend). rows: classTrend rows.
 */
export function classTrendChart(rows, {level = "buurt", years, width = 640, height = 240, id} = {}) {
  const data = classShares(rows, level).map((d) => ({...d, klasse: classLabel(d.lbm_class)}));
  const text = years
    .map((y) => {
      const own = data.filter((d) => d.year === y);
      const total = own.reduce((s, d) => s + d.areas, 0);
      return total ? `${y}: ${own.map((d) => `${d.klasse} ${d.areas}`).join(", ")}` : `${y}: geen gegevens`;
    })
    .join("; ");
  const chart = plot({
    width,
    height,
    marginLeft: 50,
    x: {domain: years, label: null, tickFormat: String},
    y: {label: `Aandeel ${levelNoun(level)}`, tickFormat: (v) => formatPercent(v), domain: [0, 1]},
    color: {domain: CLASS_DOMAIN, scheme: "rdylgn", legend: true, label: "Klasse"},
    marks: [
      Plot.barY(data, {
        x: "year",
        y: "share",
        fill: "klasse",
        order: CLASS_DOMAIN,
        title: (d) => `${d.year}, ${d.klasse}: ${d.areas} ${levelNoun(level)} (${formatPercent(d.share)})`,
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  });
  const figure = accessibleChart(chart, `Verdeling van de ${levelNoun(level)} over de klassen per jaar. ${text}`);
  if (id != null) figure.id = id;
  return figure;
}
