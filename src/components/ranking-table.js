import {html} from "htl";

const nl = (digits) => new Intl.NumberFormat("nl-NL", {minimumFractionDigits: digits, maximumFractionDigits: digits});
const two = nl(2);
const one = nl(1);
const show = (format) => (x) => (x == null || !Number.isFinite(x) ? "–" : format.format(x));

/**
 * The ranking as an accessible HTML table (#ranking-table): rank, gemeente, index, each chosen
 * indicator's value, onveiligheid, samenhang and residual label. The first row is #ranking-top
 * with data-code; rows of the top N carry class "ranking-top-n" and say so in words.
 * `rows` are sorted analysis rows; `indicators`: [{id, label}] (labels rendered as text).
 */
export function rankingTable(rows, {indicators = [], topN = 10, labelText = {}, caption} = {}) {
  const body = rows.map((row, i) => {
    const top = row.rank <= topN;
    return html`<tr class=${top ? "ranking-top-n" : ""} id=${i === 0 ? "ranking-top" : null} data-code=${row.code} data-rank=${row.rank}>
      <td class="num">${row.rank}${top ? html`<span class="sr-only"> (top ${topN})</span>` : null}</td>
      <th scope="row">${row.name}</th>
      <td class="num">${show(two)(row.index)}</td>
      ${indicators.map((d) => html`<td class="num">${show(two)(row.values[d.id])}</td>`)}
      <td class="num">${show(one)(row.onveilig)}</td>
      <td class="num">${show(two)(row.soc == null ? null : row.soc)}</td>
      <td>${row.label ? labelText[row.label] ?? row.label : ""}</td>
    </tr>`;
  });
  return html`<div class="ranking-scroll" tabindex="0" role="region" aria-label="Rangorde van gemeenten (scrollbaar)">
    <table class="ranking-table" id="ranking-table">
      ${caption ? html`<caption>${caption}</caption>` : null}
      <thead><tr>
        <th scope="col">Rang</th><th scope="col">Gemeente</th><th scope="col">Index</th>
        ${indicators.map((d) => html`<th scope="col">${d.label}</th>`)}
        <th scope="col">Onveilig (%)</th><th scope="col">Samenhang (soc)</th><th scope="col">Residu</th>
      </tr></thead>
      <tbody>${body}</tbody>
    </table>
  </div>`;
}
