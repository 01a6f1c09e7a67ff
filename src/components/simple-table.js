import {html} from "htl";
import {emptyState} from "./output-state.js";

/**
 * A plain, accessible HTML table for small tables (a caption, header cells with scope).
 * columns: [{key, label, format?, align?}]. Without rows it is a sentence, never a bare header:
 * `empty`, or one naming the caption.
 */
export function simpleTable(rows, {columns, caption, className = "simple-table", empty} = {}) {
  if (!rows.length)
    return emptyState(
      empty ?? (caption ? `${caption}: geen enkele bij deze instellingen.` : "Geen gegevens bij deze instellingen."),
    );
  const cols = columns ?? Object.keys(rows[0] ?? {}).map((key) => ({key, label: key}));
  const cell = (row, c) => {
    const value = typeof c.key === "function" ? c.key(row) : row[c.key];
    return c.format ? c.format(value, row) : (value ?? "–");
  };
  return html`<table class=${className}>
    ${
      caption
        ? html`<caption>
            ${caption}
          </caption>`
        : null
    }
    <thead>
      <tr>
        ${cols.map((c) => html`<th scope="col" style=${c.align ? `text-align:${c.align}` : ""}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${cols.map((c) => html`<td style=${c.align ? `text-align:${c.align}` : ""}>${cell(row, c)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * A table in a box that scrolls sideways, so that on a phone its columns keep their words whole;
 * focusable and named, so that a keyboard can scroll it too.
 * @param {Node} table
 * @param {string} label
 */
export const scrollBox = (table, label) =>
  html`<div class="table-scroll" tabindex="0" role="region" aria-label=${label}>${table}</div>`;
