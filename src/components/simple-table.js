import {html} from "htl";

/**
 * A plain, accessible HTML table for small tables (a caption, header cells with scope).
 * columns: [{key, label, format?, align?}]
 */
export function simpleTable(rows, {columns, caption, className = "simple-table"} = {}) {
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
