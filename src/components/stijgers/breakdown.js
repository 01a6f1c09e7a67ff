// Share of risers (of the selection) and of fallers (of their base) per provincie, size class,
// stedelijkheid, …: two bar panels side by side, and the same numbers as a table. Rows come from
// breakdownShareRows (lib/stijgers/breakdown.js).
import {table as dutchTable} from "../inputs-nl.js";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {accessibleChart, plot} from "../plot-a11y.js";
import {formatInt, formatPercent} from "../../lib/format.js";
import {GROUP_COLORS} from "./colors.js";

export function breakdownChart(shares, {width = 640, by = "Gebied", weighted = false} = {}) {
  const long = shares
    .flatMap((d) => [
      {
        label: d.label,
        measure: "Stijgers (van de selectie)",
        share: d.riserShare,
        count: d.risers,
        base: d.selected,
        color: GROUP_COLORS.stijger,
      },
      {
        label: d.label,
        measure: "Dalers (van hun basis)",
        share: d.fallerShare,
        count: d.fallers,
        base: d.fallerBase,
        color: GROUP_COLORS.daler,
      },
    ])
    .filter((d) => d.share != null);
  const unit = weighted ? "inwoners" : "gebieden";
  const format = formatInt;
  const domain = shares.map((d) => d.label);
  const chart = plot({
    width,
    height: 50 + 20 * domain.length,
    marginLeft: Math.min(220, 8 + 6.5 * Math.max(...domain.map((d) => String(d).length), 6)),
    fx: {label: null, domain: ["Stijgers (van de selectie)", "Dalers (van hun basis)"]},
    x: {label: "Aandeel (%) →", percent: true, grid: true},
    y: {domain, label: by},
    marks: [
      Plot.barX(long, {
        fx: "measure",
        y: "label",
        x: "share",
        fill: "color",
        title: (d) => `${d.label}: ${format(d.count)} van ${format(d.base)} ${unit} (${formatPercent(d.share, 1)})`,
      }),
      Plot.ruleX([0]),
    ],
  });
  return accessibleChart(
    chart,
    `Aandeel stijgers en dalers per ${by.toLowerCase()}: ${shares.map((d) => `${d.label} ${d.riserShare == null ? "–" : formatPercent(d.riserShare)} stijgers, ${d.fallerShare == null ? "–" : formatPercent(d.fallerShare)} dalers`).join("; ")}.`,
  );
}

/**
 * The chart in a captioned figure; more than 40 groups are left to the table.
 * @param {any[]} shares @param {{by: string, width: number, weighted: boolean}} options by: the heading of the grouping
 */
export function breakdownFigure(shares, {by, width, weighted}) {
  return html`<figure class="stijgers-figure" id="breakdown-chart" data-rows=${shares.length}>
    ${shares.length <= 40 ? breakdownChart(shares, {width, by, weighted}) : html`<p>${formatInt(shares.length)} groepen: te veel voor een grafiek; zie de tabel.</p>`}
    <figcaption>
      Aandeel stijgers (van de selectie) en dalers (van hun basis) per
      ${by.toLowerCase()}${weighted ? ", gewogen naar inwoners" : ""}.
    </figcaption>
  </figure>`;
}

/**
 * The shares as a table, reachable by keyboard (it scrolls).
 * @param {any[]} shares @param {{by: string, unit: string}} options unit: "buurten", "wijken" or "inwoners"
 */
export function breakdownTable(shares, {by, unit}) {
  const table = dutchTable(shares, {
    columns: ["label", "selected", "risers", "riserShare", "fallerBase", "fallers", "fallerShare"],
    header: {
      label: by,
      selected: `Selectie (${unit})`,
      risers: "Stijgers",
      riserShare: "Aandeel stijgers",
      fallerBase: "Basis dalers",
      fallers: "Dalers",
      fallerShare: "Aandeel dalers",
    },
    format: {
      selected: formatInt,
      risers: formatInt,
      fallers: formatInt,
      fallerBase: formatInt,
      riserShare: (x) => formatPercent(x, 1),
      fallerShare: (x) => formatPercent(x, 1),
    },
    rows: 12,
    select: false,
  });
  table.tabIndex = 0;
  return table;
}
