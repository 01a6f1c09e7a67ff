// Small multiples: the riser and faller counts under neighbouring definitions (rows of
// sensitivity() in lib/stijgers/sensitivity.js); the current definition is ringed.
import * as Plot from "@observablehq/plot";
import {accessibleChart, plot} from "../plot-a11y.js";
import {html} from "htl";
import {formatInt} from "../../lib/format.js";
import {GROUP_COLORS} from "./colors.js";

const X_LABELS = {
  "Stijgers: minstens k klassen hoger": "k (klassen omhoog)",
  "Stijgers: eindklasse t of beter": "t (eindklasse)",
  "Dalers: minstens k klassen lager": "k (klassen omlaag)",
};

export function sensitivityChart(
  rows,
  {weighted = false, width = 300, format = (x) => Math.round(x).toLocaleString("nl-NL")} = {},
) {
  const y = weighted ? "weight" : "n";
  const series = [...new Set(rows.map((r) => r.series))];
  const panels = series.map((name) => {
    const data = rows.filter((r) => r.series === name);
    const color = name.startsWith("Dalers") ? GROUP_COLORS.daler : GROUP_COLORS.stijger;
    const chart = plot({
      width,
      height: 200,
      marginLeft: 50,
      x: {label: X_LABELS[name] ?? null, ticks: data.map((d) => d.parameter), tickFormat: "d", inset: 10},
      y: {
        label: weighted ? "Inwoners" : "Aantal",
        grid: true,
        zero: true,
        tickFormat: (d) => (Number.isInteger(d) ? format(d) : ""),
      },
      marks: [
        Plot.line(data, {x: "parameter", y, stroke: color}),
        Plot.dot(data, {
          x: "parameter",
          y,
          fill: color,
          r: 3,
          title: (d) => `${name.replace(/:.*/, "")}, ${X_LABELS[name]?.[0] ?? ""} = ${d.parameter}: ${format(d[y])}`,
        }),
        Plot.dot(
          data.filter((d) => d.current),
          {x: "parameter", y, r: 7, stroke: "black", strokeWidth: 1.5},
        ),
        Plot.text(data, {x: "parameter", y, text: (d) => format(d[y]), dy: -10, fontSize: 10}),
      ],
    });
    accessibleChart(
      chart,
      `${name}: ${data.map((d) => `${d.parameter}: ${format(d[y])}`).join(", ")}${data.some((d) => d.current) ? `; huidige instelling ${data.find((d) => d.current).parameter}` : ""}.`,
    );
    return html`<div class="transition-sensitivity-panel">
      <h4>${name}</h4>
      ${chart}
    </div>`;
  });
  return html`<div class="transition-sensitivity">${panels}</div>`;
}

/**
 * Three panels side by side in a captioned figure.
 * @param {any[]} rows sensitivity()'s rows
 * @param {{weighted: boolean, width: number, unit: string, regionText: string}} options width: the page's chart width
 */
export function sensitivityFigure(rows, {weighted, width, unit, regionText}) {
  const panelWidth = Math.max(260, Math.min(340, (width - 40) / 3));
  return html`<figure class="stijgers-figure" id="sensitivity-chart">
    ${sensitivityChart(rows, {weighted, width: panelWidth, format: formatInt})}
    <figcaption>
      Aantal ${unit} dat als stijger of daler telt wanneer één onderdeel van de definitie verandert (${regionText}).
    </figcaption>
  </figure>`;
}
