import {html} from "htl";

/**
 * A headline number in a card. The raw value sits in data-value, so tests and readers' tools can
 * read the exact number behind the formatted text; `data` adds further raw values
 * (`{n: 1294}` → data-n="1294").
 * @param {{id?: string, title: string | Node, value: any, format?: (value: any) => string,
 *   note?: any, heading?: "h2" | "h3", data?: Record<string, any>}} options
 */
export function kpi({id, title, value, format = String, note, heading = "h3", data = {}}) {
  const titleNode = typeof title === "string" ? document.createTextNode(title) : title;
  const head = heading === "h2" ? html`<h2>${titleNode}</h2>` : html`<h3>${titleNode}</h3>`;
  const number = html`<div class="kpi-value" id=${id} data-value=${value == null ? "" : String(value)}>
    ${format(value)}
  </div>`;
  for (const [key, raw] of Object.entries(data)) number.dataset[key] = raw == null ? "" : String(raw);
  return html`<div class="card">${head}${number}${note == null ? null : html`<p class="kpi-note">${note}</p>`}</div>`;
}

/** @param {...Node} cards */
export const kpiGrid = (...cards) => html`<div class="kpi-grid">${cards}</div>`;
