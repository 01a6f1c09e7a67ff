import {html} from "htl";
import {registerSql} from "../lib/page-settings.js";
import {compile} from "../lib/sql.js";
import {tempTableDefinition, withTempTables} from "../lib/werkbank/temp-tables.js";
import {isReadQuery, werkbankHref} from "../lib/werkbank/url.js";

// Cells re-run on every control change and replace the element; remember whether a reader had
// the disclosure open, so it does not snap shut while they watch the SQL change.
const openState = new Map();

/**
 * The "Methode" disclosure: the SQL that ran, with the current parameter values written in
 * (for reading and copying; the page runs it with bound parameters), and a definitions list.
 * `sql` is a sql`…` fragment (lib/sql.js), shown as compile(sql).display: the text that ran with
 * its bound values written in as literals. Several queries: `queries: [{title, sql}]`. Every
 * reading query gets an "Open in werkbank" link that opens exactly that text there.
 */
export function methode({
  sql,
  queries = sql == null ? [] : [{sql}],
  definitions = [],
  title = "Methode",
  intro = "Deze berekening draait in uw browser (DuckDB). Zo luidt de query met de huidige instellingen:",
  id = title,
} = {}) {
  const tempTables = queries.map((q) => tempTableDefinition(compile(q.sql).display)).filter(Boolean);
  const details = html`<details class="methode" open=${openState.get(id) === true}>
    <summary>${title}</summary>
    ${queries.length ? html`<p>${intro}</p>` : null}
    ${queries.map((q, i) => {
      const text = compile(q.sql).display;
      return html.fragment`${q.title ? html`<p><strong>${q.title}</strong></p>` : null}
      <pre><code class="language-sql">${text}</code></pre>
      ${isReadQuery(text) ? werkbankLink(text, tempTables.slice(0, i)) : null}`;
    })}
    ${
      definitions.length
        ? html`<dl>${definitions.map(({term, text}) => html.fragment`<dt>${term}</dt><dd>${text}</dd>`)}</dl>`
        : null
    }
  </details>`;
  details.addEventListener("toggle", () => openState.set(id, details.open));
  registerSql(
    id,
    details,
    queries.map((q) => ({title: q.title, text: compile(q.sql).display})),
  );
  return details;
}

// The werkbank runs one reading statement: temporary tables made earlier in the list are written in.
const werkbankLink = (text, tempTables) =>
  html`<p class="methode-werkbank"><a href=${werkbankHref(withTempTables(text, tempTables))}>Open in werkbank</a></p>`;
