import * as Plot from "@observablehq/plot";
import {scrollBox} from "../simple-table.js";
import {html} from "htl";
import {choropleth} from "../choropleth.js";
import {formatDecimal} from "../../lib/format.js";
import {joinValues} from "../../lib/geo.js";
import {classLabel} from "../../lib/labels.js";
import {LBM_CLASSES} from "../../lib/registry.js";

const CLASS_DOMAIN = LBM_CLASSES.map((c) => c.label);

/**
 * The gemeente's buurten coloured by their class in `year`, names on hover, the chosen buurt
 * outlined. features: all buurt features; rows: buurtScores rows of the gemeente.
 * Every gemeente is fitted into the same square frame: the text below the map stays where it is
 * when the reader switches gemeente, and the map's canvas is reused instead of allocated anew
 * (a new canvas size costs more than painting the map).
 */
export function buurtMap(features, rows, {year, name, highlight = null, width = 640, id = "gemeente-map"} = {}) {
  const codes = new Set(rows.map((d) => d.code));
  const own = joinValues(
    features.filter((f) => codes.has(f.id)),
    rows,
    {value: (d) => (d.lbm_class == null ? null : classLabel(d.lbm_class))},
  );
  const chosen = own.filter((f) => f.id === highlight);
  const map = choropleth(own, {
    label: "Klasse",
    title: `Buurten van ${name}, ${year}`,
    color: {type: "ordinal", domain: CLASS_DOMAIN, scheme: "rdylgn"},
    noun: "buurten",
    width,
    aspect: 1,
    caption: chosen.length ? `Omlijnd: ${chosen[0].name}.` : null,
    marks: chosen.length ? [Plot.geo(chosen, {stroke: "black", strokeWidth: 3, fill: "none"})] : [],
  });
  map.id = id;
  return map;
}

// A gemeente has up to a few hundred buurten: rows are made with the DOM directly, a template per
// row costs more than the rest of the table on every gemeente change.
function buurtRow(d, highlight) {
  const row = document.createElement("tr");
  row.dataset.code = d.code;
  if (d.code === highlight) {
    row.className = "is-highlighted";
    row.setAttribute("aria-current", "true");
  }
  const name = row.appendChild(document.createElement("th"));
  name.scope = "row";
  name.textContent = d.name;
  row.appendChild(document.createElement("td")).textContent = d.code;
  const score = row.appendChild(document.createElement("td"));
  score.style.textAlign = "right";
  score.dataset.value = d.lbm ?? "";
  score.textContent = formatDecimal(d.lbm, 3);
  const klass = row.appendChild(document.createElement("td"));
  klass.dataset.value = d.lbm_class ?? "";
  klass.textContent = d.lbm_class == null ? "geen gegevens" : classLabel(d.lbm_class);
  return row;
}

/**
 * The values behind the map as a table a keyboard and a screen reader can reach: every buurt with
 * code, score and class; the chosen buurt marked.
 */
export function buurtTable(rows, {year, name, highlight = null, id = "gemeente-buurten"} = {}) {
  return scrollBox(
    html`<table class="simple-table" id=${id}>
      <caption>
        Buurten van ${name}: Leefbaarometer ${year}
      </caption>
      <thead>
        <tr>
          <th scope="col">Buurt</th>
          <th scope="col">Code</th>
          <th scope="col" style="text-align:right">Score</th>
          <th scope="col">Klasse</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((d) => buurtRow(d, highlight))}
      </tbody>
    </table>`,
    `Buurten van ${name}, ${year}`,
  );
}
