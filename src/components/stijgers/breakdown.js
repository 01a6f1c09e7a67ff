// Share of risers (of the selection) and of fallers (of their base) per provincie, size class,
// stedelijkheid, …: two bar panels side by side. Rows come from breakdownQuery with a label.
import * as Plot from "@observablehq/plot";
import {accessibleChart} from "../plot-a11y.js";
import {GROUP_COLORS} from "./colors.js";

/** Shares per row, weighted or not: {key, label, riserShare, fallerShare, risers, selected, fallers, fallerBase}. */
export function breakdownShares(rows, {weighted = false} = {}) {
  const pick = (r, k) => (weighted ? r[`${k}_weight`] ?? 0 : r[k] ?? 0);
  return rows.map((r) => {
    const risers = pick(r, "risers");
    const selected = pick(r, "selected");
    const fallers = pick(r, "fallers");
    const fallerBase = pick(r, "faller_base");
    return {
      key: r.key,
      label: r.label,
      risers,
      selected,
      fallers,
      fallerBase,
      riserShare: selected > 0 ? risers / selected : null,
      fallerShare: fallerBase > 0 ? fallers / fallerBase : null,
    };
  });
}

export function breakdownChart(shares, {width = 640, by = "Gebied", weighted = false} = {}) {
  const long = shares.flatMap((d) => [
    {label: d.label, measure: "Stijgers (van de selectie)", share: d.riserShare, count: d.risers, base: d.selected, color: GROUP_COLORS.stijger},
    {label: d.label, measure: "Dalers (van hun basis)", share: d.fallerShare, count: d.fallers, base: d.fallerBase, color: GROUP_COLORS.daler},
  ]).filter((d) => d.share != null);
  const unit = weighted ? "inwoners" : "gebieden";
  const format = (x) => Math.round(x).toLocaleString("nl-NL");
  const domain = shares.map((d) => d.label);
  const chart = Plot.plot({
    width,
    height: 50 + 20 * domain.length,
    marginLeft: Math.min(220, 8 + 6.5 * Math.max(...domain.map((d) => String(d).length), 6)),
    fx: {label: null, domain: ["Stijgers (van de selectie)", "Dalers (van hun basis)"]},
    x: {label: "Aandeel (%) →", percent: true, grid: true},
    y: {domain, label: by},
    marks: [
      Plot.barX(long, {fx: "measure", y: "label", x: "share", fill: "color", title: (d) => `${d.label}: ${format(d.count)} van ${format(d.base)} ${unit} (${(d.share * 100).toFixed(1)}%)`}),
      Plot.ruleX([0]),
    ],
  });
  accessibleChart(chart);
  chart.setAttribute("role", "img");
  chart.setAttribute(
    "aria-label",
    `Aandeel stijgers en dalers per ${by.toLowerCase()}: ${shares.map((d) => `${d.label} ${d.riserShare == null ? "–" : `${(d.riserShare * 100).toFixed(0)}%`} stijgers, ${d.fallerShare == null ? "–" : `${(d.fallerShare * 100).toFixed(0)}%`} dalers`).join("; ")}.`,
  );
  return chart;
}
