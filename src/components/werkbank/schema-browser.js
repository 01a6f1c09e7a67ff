// The tables the werkbank can read, from the codebook: every column with its Dutch description,
// unit, source and years; the measures of the long safety table.
import {html} from "htl";

/**
 * @param {{tables: any[], columns: any[], measures: any[]}} codebook
 * @param {{rowCounts?: Record<string, number>, codebookHref?: string, onInsert?: (name: string) => void}} [options]
 */
export function schemaBrowser(codebook, {rowCounts = {}, codebookHref, onInsert} = {}) {
  const tables = codebook.tables.map((table) => {
    const columns = codebook.columns.filter((c) => c.table === table.name);
    const count = rowCounts[table.name];
    const insert = (name) => {
      const button = html`<button type="button" class="werkbank-insert" aria-label=${`${name} invoegen in de query`}>
        ${name}
      </button>`;
      button.onclick = () => onInsert?.(name);
      return button;
    };
    return html`<details class="werkbank-schema-table">
      <summary>
        <code>${table.name}</code> —
        ${table.description}${count == null ? "" : ` (${count.toLocaleString("nl-NL")} rijen)`}
      </summary>
      <p class="werkbank-source">Bron (officieel): ${table.source}. Jaren: ${table.years.join(", ")}.</p>
      <table class="werkbank-schema">
        <thead>
          <tr>
            <th scope="col">Kolom</th>
            <th scope="col">Omschrijving</th>
            <th scope="col">Eenheid</th>
            <th scope="col">Type</th>
          </tr>
        </thead>
        <tbody>
          ${columns.map(
            (c) =>
              html`<tr>
                <td>${onInsert ? insert(c.column) : html`<code>${c.column}</code>`}</td>
                <td>
                  ${c.description}${c.source !== table.source ? html`<br /><small>Bron: ${c.source}</small>` : ""}
                </td>
                <td>${c.unit}</td>
                <td>${c.type}${c.nullable ? "" : ", nooit leeg"}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        table.name === "safety"
          ? html`<p>Maten in de kolom <code>measure</code>:</p>
              <ul>
                ${codebook.measures.map((m) => html`<li><code>${m.id}</code>: ${m.label} (${m.unit})</li>`)}
              </ul>`
          : null
      }
    </details>`;
  });
  return html`<div class="werkbank-schema-browser" id="werkbank-schema">
    ${tables}
    ${codebookHref ? html`<p><a href=${codebookHref} download="codeboek.csv">Codeboek downloaden (CSV)</a></p>` : null}
  </div>`;
}

/** The tables and their columns, for the editor's completion. */
export const completionSchema = (codebook) =>
  Object.fromEntries(
    codebook.tables.map((t) => [t.name, codebook.columns.filter((c) => c.table === t.name).map((c) => c.column)]),
  );
