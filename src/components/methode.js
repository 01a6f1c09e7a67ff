import {html} from "htl";
import {inlineParams} from "../lib/sql-display.js";

// Cells re-run on every control change and replace the element; remember whether a reader had
// the disclosure open, so it does not snap shut while they watch the SQL change.
const openState = new Map();

// A query is {sql: text, params}, {sql: compile(fragment)}, or compile(fragment) spread in ({text, params}).
function displaySql(query) {
  const source = query.sql != null && typeof query.sql === "object" ? query.sql : query;
  const text = typeof query.sql === "string" ? query.sql : source.text;
  return inlineParams(text ?? "", source.params ?? []);
}

/**
 * The "Methode" disclosure: the SQL that ran, with the current parameter values written in
 * (for reading and copying; the page runs it with bound parameters), and a definitions list.
 * `sql` is SQL text with ? / $1 / $name placeholders, `params` an array or object of values;
 * or `sql` is a compiled query {text, params} from lib/sql.js `compile`.
 * Several queries: pass `queries: [{title, sql, params}]` (or [{title, ...compile(q)}]) instead.
 */
export function methode({
  sql,
  params = [],
  queries = sql == null ? [] : [{sql, params}],
  definitions = [],
  title = "Methode",
  intro = "Deze berekening draait in uw browser (DuckDB). Zo luidt de query met de huidige instellingen:",
  id = title,
} = {}) {
  const details = html`<details class="methode" open=${openState.get(id) === true}>
    <summary>${title}</summary>
    ${queries.length ? html`<p>${intro}</p>` : null}
    ${queries.map((q) => html.fragment`${q.title ? html`<p><strong>${q.title}</strong></p>` : null}
      <pre><code class="language-sql">${displaySql(q)}</code></pre>`)}
    ${definitions.length
      ? html`<dl>${definitions.map(({term, text}) => html.fragment`<dt>${term}</dt><dd>${text}</dd>`)}</dl>`
      : null}
  </details>`;
  details.addEventListener("toggle", () => openState.set(id, details.open));
  return details;
}
