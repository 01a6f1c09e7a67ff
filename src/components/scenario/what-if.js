// The what-if's result: buurten per class before and after, and per buurt the new score and class.
import {html} from "htl";
import {kpi, kpiGrid} from "../kpi.js";
import {scrollBox, simpleTable} from "../simple-table.js";
import {formatDecimal, formatInt} from "../../lib/format.js";
import {classLabel, numberedClassLabel} from "../../lib/labels.js";

/**
 * @param {ReturnType<import("../../lib/scenario/what-if.js").whatIfCounts>} counts
 * @param {{targetClass: number}} options
 */
export function whatIfSummary(counts, {targetClass}) {
  const classes = counts.classes.filter((c) => c.before || c.after);
  return html`<div>
    ${kpiGrid(
      kpi({
        id: "what-if-reached",
        title: `${classLabel(targetClass)} of beter na de wat-als`,
        value: counts.reachedAfter,
        format: formatInt,
        data: {before: counts.reachedBefore},
        note: `was ${formatInt(counts.reachedBefore)} van ${formatInt(counts.scored)} buurten met een score${
          counts.missing ? `; ${formatInt(counts.missing)} zonder volledige score tellen niet mee` : ""
        }`,
      }),
    )}
    ${simpleTable(classes, {
      caption: "Buurten per klasse, nu en na de wat-als",
      className: "simple-table what-if-counts",
      columns: [
        {key: "lbm_class", label: "Klasse", format: numberedClassLabel},
        {key: "before", label: "Nu", format: formatInt, align: "right"},
        {key: "after", label: "Na wat-als", format: formatInt, align: "right"},
      ],
    })}
  </div>`;
}

/** @param {ReturnType<import("../../lib/scenario/what-if.js").whatIfRows>} rows */
export function whatIfTable(rows) {
  const changed = rows.filter((r) => r.new_class != null && r.new_class !== r.lbm_class);
  if (!changed.length) return html`<p id="what-if-changed">Geen buurt verandert van klasse.</p>`;
  const table = simpleTable(changed, {
    caption: `${formatInt(changed.length)} buurten veranderen van klasse`,
    columns: [
      {key: "name", label: "Buurt"},
      {key: "lbm", label: "Score nu", format: (x) => formatDecimal(x, 3), align: "right"},
      {key: "new_lbm", label: "Score na", format: (x) => formatDecimal(x, 3), align: "right"},
      {key: "lbm_class", label: "Klasse nu", format: classLabel},
      {key: "new_class", label: "Klasse na", format: classLabel},
    ],
  });
  table.id = "what-if-changed";
  return scrollBox(table, "Wat-als per buurt");
}
