// The four headline cards: selection, risers, fallers and the rest, with the shares in their notes.
import {html} from "htl";
import {kpi, kpiGrid} from "../kpi.js";
import {formatInt, formatPercent} from "../../lib/format.js";
import {classesLabel} from "../../lib/stijgers/decomposition.js";
import {summaryShares} from "../../lib/stijgers/summary-shares.js";

/**
 * The cards for engine.summary's result, or a short note when there is none.
 * @param {any} summary
 * @param {{def: any, noun: string, unit: string, weighted: boolean, regionText: string, baseYear: number, endYear: number}} view
 */
export function summaryKpis(summary, {def, noun, unit, weighted, regionText, baseYear, endYear}) {
  if (!summary) return html`<p>Geen resultaten: pas de instellingen aan.</p>`;
  const {riserShare, fallerShare, fallerBase} = summaryShares(summary, {weighted});
  const fallerBaseText =
    def.fallerMode === "fromSufficient"
      ? `${unit} die ${classesLabel(def.fallerFromClasses)} waren`
      : `${unit} in de selectie`;
  const grid = kpiGrid(
    kpi({
      id: "selected-count",
      title: "Selectie",
      value: summary.selected,
      format: formatInt,
      note: `${noun} in ${regionText} die in ${baseYear} ${classesLabel(def.startClasses)} scoorden${weighted ? ` (${formatInt(summary.selected_weight)} inwoners)` : ""}`,
    }),
    kpi({
      id: "riser-count",
      title: "Stijgers",
      value: summary.risers,
      format: formatInt,
      note: html`${formatPercent(riserShare, 1)} van de
      selectie${weighted ? ` (van de inwoners; ${formatInt(summary.risers_weight)} inwoners)` : ""}`,
      data: {weight: summary.risers_weight},
    }),
    kpi({
      id: "faller-count",
      title: "Dalers",
      value: summary.fallers,
      format: formatInt,
      note: html`${formatPercent(fallerShare, 1)} van ${formatInt(fallerBase)} ${fallerBaseText}`,
      data: {weight: summary.fallers_weight},
    }),
    kpi({
      id: "rest-count",
      title: "Rest van de selectie",
      value: summary.rest,
      format: formatInt,
      note: `niet gestegen of gedaald volgens de definitie; ${formatInt(summary.areas_in_region - summary.total)} ${noun} zonder volledige scores in ${baseYear} en ${endYear} tellen niet mee`,
    }),
  );
  grid.id = "stijgers-kpis";
  return grid;
}
