import {html} from "htl";

/**
 * A headline number in a card. The raw value sits in data-value, so tests and readers' tools can
 * read the exact number behind the formatted text.
 */
export function kpi({id, title, value, format = String, note, heading = "h3"}) {
  const titleNode = typeof title === "string" ? document.createTextNode(title) : title;
  const head = heading === "h2" ? html`<h2>${titleNode}</h2>` : html`<h3>${titleNode}</h3>`;
  return html`<div class="card">
    ${head}
    <div class="kpi-value" id=${id} data-value=${value == null ? "" : String(value)}>${format(value)}</div>
    ${note == null ? null : html`<p class="kpi-note">${note}</p>`}
  </div>`;
}

export const kpiGrid = (...cards) => html`<div class="kpi-grid">${cards}</div>`;
