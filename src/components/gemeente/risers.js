import {html} from "htl";
import {scrollBox} from "../simple-table.js";
import {formatDecimal, formatInt, formatPercent} from "../../lib/format.js";
import {classLabel} from "../../lib/labels.js";
import {comparisonByScope, mainDimension} from "../../lib/gemeente/areas.js";

const GROUP_LABELS = {stijger: "stijger", daler: "daler", rest: "geen van beide"};

const signed = (v) => (v == null ? "–" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatDecimal(Math.abs(v), 3)}`);

/**
 * The gemeente's risers and fallers next to its peers and the country: weak areas, share of
 * risers and fallers, and the dimension that carried the risers' gain. rows: riserComparison rows.
 */
export function riserComparisonTable(rows, {name, id = "gemeente-risers"} = {}) {
  const scopes = comparisonByScope(rows);
  const line = (key, label) => {
    const s = scopes[key] ?? {weak: 0, groups: {}};
    const risers = s.groups.stijger?.n ?? 0;
    const fallers = s.groups.daler?.n ?? 0;
    const driver = s.groups.stijger ? mainDimension(s.groups.stijger, {prefix: ""}) : null;
    return html`<tr data-scope=${key} data-weak=${s.weak} data-risers=${risers} data-fallers=${fallers}>
      <th scope="row">${label}</th>
      <td style="text-align:right">${formatInt(s.weak)}</td>
      <td style="text-align:right">${formatInt(risers)} (${formatPercent(s.weak ? risers / s.weak : null)})</td>
      <td style="text-align:right">${formatInt(fallers)} (${formatPercent(s.weak ? fallers / s.weak : null)})</td>
      <td>${driver ? `${driver.label} (${signed(driver.value)})` : "–"}</td>
    </tr>`;
  };
  // In a box that scrolls sideways: on a phone the five columns keep their words whole.
  return scrollBox(
    html`<table class="simple-table" id=${id}>
      <caption>
        Zwakke buurten, stijgers en dalers
      </caption>
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col" style="text-align:right">Zwakke buurten</th>
          <th scope="col" style="text-align:right">Stijgers</th>
          <th scope="col" style="text-align:right">Dalers</th>
          <th scope="col">Stijgers vooral door</th>
        </tr>
      </thead>
      <tbody>
        ${line("gemeente", name)} ${line("peers", "Vergelijkbare gemeenten")} ${line("national", "Nederland")}
      </tbody>
    </table>`,
    "Stijgers en dalers vergeleken",
  );
}

/** The gemeente's weak buurten of the base year: start and end class, group, change and main dimension. */
export function weakAreaTable(rows, {baseYear, endYear, id = "gemeente-weak"} = {}) {
  if (!rows.length) return html`<p id=${id}>Deze gemeente had in ${baseYear} geen zwakke buurten.</p>`;
  return scrollBox(
    html`<table class="simple-table" id=${id}>
      <caption>
        Zwakke buurten van ${baseYear} en hoe ze er in ${endYear} voor stonden
      </caption>
      <thead>
        <tr>
          <th scope="col">Buurt</th>
          <th scope="col">${baseYear}</th>
          <th scope="col">${endYear}</th>
          <th scope="col">Groep</th>
          <th scope="col" style="text-align:right">Verandering score</th>
          <th scope="col">Vooral door</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((d) => {
          const main = mainDimension(d);
          return html`<tr data-code=${d.code} data-group=${d.grp}>
            <th scope="row">${d.name}</th>
            <td>${classLabel(d.start_class)}</td>
            <td>${classLabel(d.end_class)}</td>
            <td>${GROUP_LABELS[d.grp] ?? d.grp}</td>
            <td style="text-align:right">${signed(d.d_afw)}</td>
            <td>${main ? `${main.label} (${signed(main.value)})` : "–"}</td>
          </tr>`;
        })}
      </tbody>
    </table>`,
    "Zwakke buurten",
  );
}
