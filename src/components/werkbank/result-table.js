// The result as a table: the first rows of the (sorted) result, sortable by any column with a
// button in its header; the count of all rows stays beside it. Numeric cells keep their exact
// value in data-value (the text is rounded and Dutch).
import {html} from "htl";
import {formatInt} from "../../lib/format.js";

const nl = new Intl.NumberFormat("nl-NL", {maximumFractionDigits: 6});

function cellText(value) {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? nl.format(value) : String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function compare(a, b) {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param {{columns: {name: string, numeric: boolean}[], rows: any[]}} result
 * @param {{limit?: number}} [options]
 */
export function resultTable({columns, rows}, {limit = 100} = {}) {
  let sortBy = null;
  let descending = false;
  const root = html`<div class="werkbank-table"></div>`;

  function render() {
    const order =
      sortBy == null ? rows : [...rows].sort((a, b) => (descending ? -1 : 1) * compare(a[sortBy], b[sortBy]));
    const shown = order.slice(0, limit);
    const header = columns.map(({name, numeric}) => {
      const state = sortBy === name ? (descending ? "descending" : "ascending") : "none";
      const button = html`<button type="button" class="werkbank-sort">
        ${name}${state === "none" ? "" : state === "ascending" ? " ▲" : " ▼"}
      </button>`;
      button.onclick = () => {
        descending = sortBy === name ? !descending : false;
        sortBy = name;
        render();
      };
      return html`<th scope="col" aria-sort=${state} class=${numeric ? "numeric" : ""} data-column=${name}>
        ${button}
      </th>`;
    });
    const body = shown.map(
      (row) =>
        html`<tr>
          ${columns.map(
            ({name, numeric}) =>
              html`<td
                class=${numeric ? "numeric" : ""}
                data-value=${numeric && row[name] != null ? String(row[name]) : null}
              >
                ${cellText(row[name])}
              </td>`,
          )}
        </tr>`,
    );
    root.replaceChildren(
      html`<div class="werkbank-table-scroll" tabindex="0" role="region" aria-label="Resultaat">
        <table id="werkbank-result">
          <caption>
            ${
              rows.length > shown.length
                ? `De eerste ${formatInt(shown.length)} van ${formatInt(rows.length)} rijen`
                : `${formatInt(rows.length)} ${rows.length === 1 ? "rij" : "rijen"}`
            }${sortBy ? `, gesorteerd op ${sortBy}` : ""}
          </caption>
          <thead>
            <tr>
              ${header}
            </tr>
          </thead>
          <tbody>
            ${body}
          </tbody>
        </table>
      </div>`,
    );
  }
  render();
  return root;
}
