import * as Plot from "@observablehq/plot";
import {scrollBox} from "../simple-table.js";
import {html} from "htl";
import {plot} from "../plot-a11y.js";
import {formatDecimal, formatInt, formatPercent} from "../../lib/format.js";

/** A figure's value in its own notation: shares as percentages, r and the index as decimals. */
export const formatFigure = (kind, v) => (kind === "share" ? formatPercent(v, 1) : formatDecimal(v, 2));

const rankText = (p) => (p ? `${formatInt(p.rank)}e van ${formatInt(p.n)}` : "–");

function strip(row, width) {
  if (row.value == null || !row.peerValues.length) return null;
  const chart = plot({
    width,
    height: 36,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 4,
    marginBottom: 18,
    x: {tickFormat: (v) => formatFigure(row.kind, v), ticks: 3, label: null},
    marks: [
      Plot.dot(row.peerValues, {x: "value", r: 3.5, fill: "#8a8a8a", fillOpacity: 0.7}),
      Plot.dot([row], {x: "value", r: 5.5, fill: "#c0392b", stroke: "white"}),
    ],
  });
  // The numbers are in the row; the strip only shows them.
  chart.setAttribute("aria-hidden", "true");
  for (const g of chart.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  return chart;
}

/**
 * Each headline figure: the gemeente's value, its rank among all gemeenten and among its peers,
 * the peers' median, and a strip of the peers' values (grey) with the gemeente (red).
 * rows: figurePositions().
 */
export function peerStrips(rows, {name, id = "gemeente-peers", stripWidth = 220} = {}) {
  return scrollBox(
    html`<table class="simple-table peer-strips" id=${id}>
      <caption>
        ${name} tegenover alle gemeenten en de vergelijkbare gemeenten (rood: ${name}; grijs: vergelijkbare gemeenten)
      </caption>
      <thead>
        <tr>
          <th scope="col">Kengetal</th>
          <th scope="col" style="text-align:right">${name}</th>
          <th scope="col">Rang landelijk</th>
          <th scope="col">Rang in groep</th>
          <th scope="col" style="text-align:right">Mediaan groep</th>
          <th scope="col">Vergelijkbare gemeenten</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (d) =>
            html`<tr
              data-figure=${d.id}
              data-value=${d.value ?? ""}
              data-national-rank=${d.national?.rank ?? ""}
              data-national-n=${d.national?.n ?? ""}
              data-peer-rank=${d.peers?.rank ?? ""}
              data-peer-n=${d.peers?.n ?? ""}
            >
              <th scope="row">${d.label}<br /><span class="muted">${d.note}</span></th>
              <td style="text-align:right">${d.value == null ? "–" : formatFigure(d.kind, d.value)}</td>
              <td>${rankText(d.national)}</td>
              <td>${rankText(d.peers)}</td>
              <td style="text-align:right">${d.peers ? formatFigure(d.kind, d.peers.median) : "–"}</td>
              <td>${strip(d, stripWidth)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
    "Positie tegenover vergelijkbare gemeenten",
  );
}
