// Share of risers (of the selection) and of fallers (of their base) per provincie, size class,
// stedelijkheid, …: two bar panels side by side, and the same numbers as a table. Rows come from
// breakdownShareRows (lib/stijgers/breakdown.js).
import {table as dutchTable} from "../inputs-nl.js";
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {emptyState, tooFew, tooFewAreas} from "../output-state.js";
import {minimumN} from "../../lib/min-n.js";
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
        lower: d.riserLower,
        upper: d.riserUpper,
        count: d.risers,
        base: d.selected,
        color: GROUP_COLORS.stijger,
      },
      {
        label: d.label,
        measure: "Dalers (van hun basis)",
        share: d.fallerShare,
        lower: null,
        upper: null,
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
      Plot.ruleY(
        long.filter((d) => d.lower != null),
        {fx: "measure", y: "label", x1: "lower", x2: "upper", stroke: "#555", strokeWidth: 1.5},
      ),
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
  // A share of a handful of areas jumps tens of percents with one area: those groups stay in the table only.
  const shown = shares.filter((d) => !tooFew("riserShare", d.areas));
  const left = shares.length - shown.length;
  if (!shown.length) {
    const largest = Math.max(0, ...shares.map((d) => d.areas));
    return tooFewAreas(tooFew("riserShare", largest), {id: "breakdown-chart"});
  }
  return html`<figure class="stijgers-figure" id="breakdown-chart" data-rows=${shown.length}>
    ${shown.length <= 40 ? breakdownChart(shown, {width, by, weighted}) : html`<p>${formatInt(shown.length)} groepen: te veel voor een grafiek; zie de tabel.</p>`}
    <figcaption>
      Aandeel stijgers (van de selectie) en dalers (van hun basis) per
      ${by.toLowerCase()}${weighted ? ", gewogen naar inwoners" : ""}. Grijze streep: 95%-interval (Wilson) van het
      aandeel stijgers op het aantal gebieden; bij weinig gebieden is een hoog of laag aandeel vaak toeval.
      ${left ? `${formatInt(left)} ${left === 1 ? "groep heeft" : "groepen hebben"} minder dan ${minimumN("riserShare")} geselecteerde gebieden (te weinig gebieden) en ${left === 1 ? "staat" : "staan"} alleen in de tabel.` : ""}
    </figcaption>
  </figure>`;
}

/**
 * The shares as a table, reachable by keyboard (it scrolls).
 * @param {any[]} shares @param {{by: string, unit: string}} options unit: "buurten", "wijken" or "inwoners"
 */
export function breakdownTable(shares, {by, unit}) {
  if (!shares.length) return emptyState(`Geen ${unit} in de selectie, dus geen aandelen per ${by.toLowerCase()}.`);
  const rows = shares.map((d) => ({...d, riserInterval: [d.riserLower, d.riserUpper]}));
  const table = dutchTable(rows, {
    columns: ["label", "selected", "risers", "riserShare", "riserInterval", "fallerBase", "fallers", "fallerShare"],
    header: {
      label: by,
      selected: `Selectie (${unit})`,
      risers: "Stijgers",
      riserShare: "Aandeel stijgers",
      riserInterval: "95%-interval",
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
      riserInterval: ([lo, hi]) => (lo == null ? "–" : `${formatPercent(lo, 0)} – ${formatPercent(hi, 0)}`),
      fallerShare: (x) => formatPercent(x, 1),
    },
    rows: 12,
    select: false,
  });
  table.tabIndex = 0;
  return table;
}
