// Diverging stacked bars: per group, the mean change of each dimension (gains to the right,
// losses to the left); a black diamond marks the mean change of afw, which they add up to.
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {formatDecimal, formatInt, formatTick} from "../../lib/format.js";
import {DIMENSIONS} from "../../lib/registry.js";
import {DIMENSION_DOMAIN, DIMENSION_RANGE} from "./colors.js";

/** Long rows {group, dimension, id, value} for groups [{label, row}] (rows of decompositionQuery / groupMeans). */
export function decompositionLong(groups) {
  return groups.flatMap(({label, row}) =>
    row && row.n > 0 ? DIMENSIONS.map((d) => ({group: label, dimension: d.label, id: d.id, value: row[d.id]})) : [],
  );
}

/**
 * @param {{label: string, row: any}[]} groups
 * @param {{width?: number, format?: (x: number) => string, title?: string, xLabel?: string}} [options]
 */
export function decompositionChart(
  groups,
  {width = 640, format = (x) => formatDecimal(x, 3), title, xLabel = "Gemiddelde verandering (afwijkingsscore)"} = {},
) {
  width = fitWidth(width);
  const long = decompositionLong(groups);
  const totals = groups
    .filter((g) => g.row && g.row.n > 0)
    .map(({label, row}) => ({group: label, afw: row.afw, n: row.n}));
  const domain = groups.map((g) => g.label);
  // Long group names get room, but never more than about half a narrow (phone) chart; there they
  // wrap onto more lines (Plot's lineWidth is in ems of the 10 px axis font).
  const marginLeft = Math.min(320, Math.round(width * 0.45), 12 + 6.4 * Math.max(...domain.map((d) => d.length), 10));
  const chart = plot({
    title,
    width,
    height: 50 + 34 * domain.length,
    marginLeft,
    x: {label: xLabel, grid: true, tickFormat: (x) => (x > 0 ? `+${formatTick(x)}` : formatTick(x))},
    y: {domain, label: null, axis: null},
    color: {domain: DIMENSION_DOMAIN, range: DIMENSION_RANGE, legend: true},
    marks: [
      Plot.axisY({label: null, lineWidth: (marginLeft - 12) / 10}),
      Plot.barX(long, {
        x: "value",
        y: "group",
        fill: "dimension",
        order: DIMENSION_DOMAIN,
        title: (d) => `${d.group}\n${d.dimension}: ${format(d.value)}`,
      }),
      Plot.ruleX([0]),
      Plot.dot(totals, {
        x: "afw",
        y: "group",
        symbol: "diamond",
        fill: "black",
        stroke: "white",
        r: 5,
        title: (d) => `${d.group}\nafw totaal: ${format(d.afw)} (n = ${formatInt(d.n)})`,
      }),
    ],
  });
  return accessibleChart(
    chart,
    `Ontleding van de verandering van afw per groep. ${totals
      .map(
        (t) =>
          `${t.group}: afw ${format(t.afw)}; ${long
            .filter((d) => d.group === t.group)
            .map((d) => `${d.dimension} ${format(d.value)}`)
            .join(", ")}`,
      )
      .join(". ")}.`,
  );
}

/**
 * The chart in a captioned figure; `empty` is said instead of an empty chart, when given.
 * @param {{label: string, row: any}[]} groups
 * @param {{id: string, width: number, caption: any, empty?: string}} options
 */
export function decompositionFigure(groups, {id, width, caption, empty}) {
  const body =
    groups.length || empty == null
      ? decompositionChart(groups, {width, format: (x) => formatDecimal(x, 3)})
      : html`<p>${empty}</p>`;
  return html`<figure class="stijgers-figure" id=${id}>
    ${body}
    <figcaption>${caption}</figcaption>
  </figure>`;
}
