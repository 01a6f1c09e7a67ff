// Which dimensions carried the improvements of buurten that, from the same start class, reached
// the target in the comparison period: mean change per dimension, one bar group per start class.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {accessibleChart, plot} from "../plot-a11y.js";
import {formatDecimal, formatInt} from "../../lib/format.js";
import {classLabel} from "../../lib/labels.js";
import {DIMENSIONS} from "../../lib/registry.js";

/**
 * @param {ReturnType<import("../../lib/scenario/carriers.js").carrierRows>} rows
 * @param {{mainCarriers: any[], targetClass: number, baseYear: number, endYear: number, width?: number}} options
 */
export function carrierChart(rows, {mainCarriers, targetClass, baseYear, endYear, width = 640}) {
  const shown = rows.filter((r) => r.mean != null);
  if (!shown.length)
    return html`<p id="scenario-carriers">
      Geen buurt met dezelfde startklasse haalde ${classLabel(targetClass)} in ${baseYear}–${endYear}: er is niets om
      mee te vergelijken.
    </p>`;
  const group = (r) => `vanuit ${classLabel(r.start_class)} (${formatInt(r.achievers)} buurten)`;
  const domain = [...new Set(shown.map(group))];
  const chart = plot({
    width,
    height: 60 + 30 * domain.length,
    marginLeft: 230,
    x: {label: `Gemiddelde verandering ${baseYear}–${endYear}`, grid: true},
    y: {domain, label: null},
    color: {domain: DIMENSIONS.map((d) => d.label), legend: true, scheme: "tableau10"},
    marks: [
      Plot.barX(shown, {
        x: "mean",
        y: group,
        fill: "label",
        title: (r) => `${group(r)}\n${r.label}: ${formatDecimal(r.mean, 3)}`,
      }),
      Plot.ruleX([0]),
    ],
  });
  const summary = mainCarriers
    .map((r) => `vanuit ${classLabel(r.start_class)} vooral ${r.label.toLowerCase()} (${formatDecimal(r.mean, 3)})`)
    .join("; ");
  const figure = html`<figure id="scenario-carriers">
    ${accessibleChart(chart, `Gemiddelde verandering per dimensie van buurten die ${classLabel(targetClass)} haalden: ${summary}.`)}
    <figcaption>
      Buurten die in ${baseYear}–${endYear} vanuit dezelfde startklasse ${classLabel(targetClass)} of beter haalden:
      ${summary}.
    </figcaption>
  </figure>`;
  return figure;
}
