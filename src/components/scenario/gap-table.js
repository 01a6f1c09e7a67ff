// Per buurt: its score and class, the distance to the target, and where that distance sits among
// the changes buurten of the same start class achieved in the comparison period.
import {html} from "htl";
import {scrollBox, simpleTable} from "../simple-table.js";
import {formatDecimal, formatInt, formatPercent} from "../../lib/format.js";
import {classLabel} from "../../lib/labels.js";

const yesNo = (x) => (x == null ? "–" : x ? "ja" : "nee");

/**
 * @param {ReturnType<import("../../lib/scenario/gaps.js").gapRows>} rows
 * @param {{targetClass: number, baseYear: number, endYear: number, year: number}} options
 */
export function gapTable(rows, {targetClass, baseYear, endYear, year}) {
  const below = rows.filter((r) => r.at_target === false);
  const others = rows.length - below.length;
  const note = html`<p class="kpi-note">
    ${formatInt(below.length)} buurten onder ${classLabel(targetClass)}, van de grootste afstand naar de
    kleinste${others ? `; ${formatInt(others)} buurten halen het doel al of hebben geen score (zie de download)` : ""}.
  </p>`;
  const sorted = below.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.name.localeCompare(b.name, "nl"));
  const table = simpleTable(sorted, {
    caption: `Afstand tot ${classLabel(targetClass)} in ${year}, vergeleken met de verandering ${baseYear}–${endYear} van buurten met dezelfde startklasse`,
    columns: [
      {key: "name", label: "Buurt"},
      {key: "lbm", label: "Score", format: (x) => formatDecimal(x, 3), align: "right"},
      {key: "lbm_class", label: "Klasse", format: (x) => (x == null ? "geen score" : classLabel(x))},
      {key: "gap", label: "Afstand tot doel", format: (x) => formatDecimal(x, 3), align: "right"},
      {
        key: "share_achieved",
        label: "Haalde minstens die verbetering",
        format: (x, r) => (x == null ? "–" : `${formatPercent(x)} van ${formatInt(r.history_n)}`),
        align: "right",
      },
      {key: "reach_p50", label: "Doel bij mediaan", format: yesNo},
      {key: "reach_p75", label: "bij 75e pct.", format: yesNo},
      {key: "reach_p90", label: "bij 90e pct.", format: yesNo},
    ],
  });
  table.id = "scenario-gap-table";
  return html`<div>${note} ${scrollBox(table, "Gat per buurt")}</div>`;
}
