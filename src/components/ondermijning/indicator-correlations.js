import * as Plot from "@observablehq/plot";
import {accessibleChart, chartCaption, plot} from "../plot-a11y.js";
import {html} from "htl";
import {formatDecimal} from "../../lib/format.js";
import {tooFew, tooFewAreas} from "../output-state.js";

const r2 = (x) => formatDecimal(x, 2);
// A correlation from fewer gemeenten than the registry's minimum is not drawn (the text says "te weinig gemeenten").
const enough = (d) => d.r != null && !tooFew("correlation", d.n);

function describe(rows, labelOf) {
  const parts = rows.map(
    (d) => `${labelOf(d.id)}: r = ${r2(d.r)} (95%-interval ${r2(d.lo)} tot ${r2(d.hi)}, n = ${d.n})`,
  );
  return `Correlatie met ervaren onveiligheid per indicator. ${parts.join("; ")}.`;
}

/**
 * Bars of each indicator's correlation with ervaren onveiligheid over all selected gemeenten
 * (group "all"), with 95% intervals. `rows`: [{id, group, r, lo, hi, n}] (analysis.js
 * `correlations`); `labelOf(id)` gives the text label.
 */
export function indicatorCorrelationBars(rows, {labelOf = (id) => id, width = 640, title} = {}) {
  const overall = rows.filter((d) => d.group === "all");
  const data = overall.filter(enough).map((d) => ({...d, label: labelOf(d.id)}));
  if (!data.length)
    return tooFewAreas(tooFew("correlation", Math.max(0, ...overall.map((d) => d.n))), {
      id: "indicator-correlations-too-few",
      what: "De correlatie per indicator",
    });
  const text = describe(data, labelOf);
  const chart = accessibleChart(
    plot({
      width,
      height: 40 + 32 * data.length,
      marginLeft: Math.min(280, 12 + 6.5 * Math.max(10, ...data.map((d) => d.label.length))),
      x: {domain: [-1, 1], grid: true, label: "Correlatie met ervaren onveiligheid (r)"},
      y: {label: null, domain: data.map((d) => d.label)},
      ariaLabel: text,
      marks: [
        Plot.barX(data, {
          x: "r",
          y: "label",
          fill: (d) => (d.id === "index" ? "#1f5fa6" : "#8fb3de"),
          insetTop: 6,
          insetBottom: 6,
        }),
        Plot.ruleY(data, {x1: "lo", x2: "hi", y: "label", stroke: "#222", strokeWidth: 1.5}),
        Plot.ruleX([0]),
        Plot.text(data, {x: "hi", y: "label", text: (d) => r2(d.r), dx: 6, textAnchor: "start", fontSize: 11}),
        Plot.tip(
          data,
          Plot.pointerY({
            x: "r",
            y: "label",
            title: (d) => `${d.label}\nr = ${r2(d.r)}\n95%: ${r2(d.lo)} – ${r2(d.hi)}\nn = ${d.n}`,
          }),
        ),
      ],
    }),
  );
  return html`<figure class="indicator-correlations">
    ${title ? html`<h3>${title}</h3>` : null}${chart} ${chartCaption(text)}
  </figure>`;
}

/**
 * Small multiples of the same correlations per stedelijkheid class (columns), indicators as rows:
 * a dot at r with its 95% interval. Classes with fewer gemeenten than the minimum n show none.
 */
export function indicatorCorrelationGrid(
  rows,
  {labelOf = (id) => id, groupLabel = (g) => String(g), groupDescription = groupLabel, width = 640, title, note} = {},
) {
  const data = rows.filter(enough).map((d) => ({...d, label: labelOf(d.id), groupText: groupLabel(d.group)}));
  const groups = [...new Set(rows.map((d) => groupLabel(d.group)))];
  const labels = [...new Set(rows.map((d) => labelOf(d.id)))];
  const groupIds = [...new Set(rows.map((d) => d.group))];
  const text = `Correlatie met ervaren onveiligheid per indicator en stedelijkheidsklasse. ${groupIds
    .map(
      (g) =>
        `${groupDescription(g)}: ${
          data
            .filter((d) => d.group === g)
            .map((d) => `${d.label} ${r2(d.r)} (n = ${d.n})`)
            .join(", ") || "te weinig gemeenten"
        }`,
    )
    .join("; ")}.`;
  const chart = accessibleChart(
    plot({
      width,
      height: 60 + 26 * labels.length,
      marginLeft: Math.min(280, 12 + 6.5 * Math.max(10, ...labels.map((l) => l.length))),
      marginBottom: 36,
      fx: {domain: groups, label: null, padding: 0.12},
      x: {
        domain: [-1, 1],
        ticks: [-1, 0, 1],
        tickFormat: (d) => (d === 0 ? "0" : d > 0 ? "1" : "−1"),
        grid: true,
        label: "r",
      },
      y: {domain: labels, label: null},
      ariaLabel: text,
      marks: [
        Plot.frame({stroke: "#ddd"}),
        Plot.ruleX([0], {stroke: "#888"}),
        Plot.ruleY(data, {fx: "groupText", y: "label", x1: "lo", x2: "hi", stroke: "#555"}),
        Plot.dot(data, {
          fx: "groupText",
          y: "label",
          x: "r",
          fill: (d) => (d.id === "index" ? "#1f5fa6" : "#8fb3de"),
          stroke: "#222",
          r: 4,
        }),
        Plot.tip(
          data,
          Plot.pointer({
            fx: "groupText",
            y: "label",
            x: "r",
            title: (d) => `${d.label}\n${d.groupText}\nr = ${r2(d.r)} (${r2(d.lo)} – ${r2(d.hi)})\nn = ${d.n}`,
          }),
        ),
      ],
    }),
  );
  return html`<figure class="indicator-correlations">
    ${title ? html`<h3>${title}</h3>` : null}${note ? html`<p class="indicator-correlations-note">${note}</p>` : null}${chart}
    ${chartCaption(text)}
  </figure>`;
}
