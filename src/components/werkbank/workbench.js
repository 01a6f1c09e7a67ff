// The werkbank: editor, run and cancel, status, error, result table, quick chart and downloads.
// One element; the page gives it the runner, the codebook and the examples.
import {html} from "htl";
import * as Inputs from "@observablehq/inputs";
import {formatInt} from "../../lib/format.js";
import {explainError} from "../../lib/werkbank/errors.js";
import {resultRows} from "../../lib/werkbank/result.js";
import {sqlFromHash, writeSqlToLocation} from "../../lib/werkbank/url.js";
import {sqlEditor} from "./editor.js";
import {quickChart} from "./quick-chart.js";
import {resultDownloads} from "./downloads.js";
import {resultTable} from "./result-table.js";
import {completionSchema} from "./schema-browser.js";

/** @typedef {{run: (text: string) => Promise<any>, cancel: () => Promise<void>}} Runner */

const seconds = (ms) => `${(ms / 1000).toLocaleString("nl-NL", {maximumFractionDigits: 2})} s`;

/**
 * The editor is there at once; a query waits until the runner (a promise while the tables load) is ready.
 * @param {Runner | Promise<Runner>} runner
 * @param {{codebook: any, examples: {id: string, theme: string, title: string, sql: string}[], provenance?: any, width?: number}} options
 */
export function workbench(runner, {codebook, examples, provenance, width = 640}) {
  const ready = Promise.resolve(runner);
  const fromLink = sqlFromHash(globalThis.location?.hash);
  const editor = sqlEditor({
    value: fromLink ?? examples[0].sql,
    schema: completionSchema(codebook),
    onRun: () => run(),
  });
  const exampleInput = Inputs.select([null, ...examples], {
    label: "Voorbeeld",
    format: (e) => (e ? `${e.theme}: ${e.title}` : "Kies een voorbeeldquery…"),
  });
  exampleInput.addEventListener("input", () => {
    if (exampleInput.value) editor.setValue(exampleInput.value.sql);
  });
  const runButton = html`<button type="button" id="werkbank-run" class="werkbank-run">
    Uitvoeren <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
  </button>`;
  const cancelButton = html`<button type="button" id="werkbank-cancel" disabled>Annuleren</button>`;
  const status = html`<p id="werkbank-status" role="status" aria-live="polite" data-state="loading">
    De tabellen worden in uw browser geladen…
  </p>`;
  ready.then(
    () =>
      status.dataset.state === "loading" &&
      ((status.textContent = "Klaar: schrijf een query of kies een voorbeeld."), (status.dataset.state = "ready")),
    (error) => (
      (status.textContent = `De tabellen konden niet worden geladen: ${error?.message ?? error}`),
      (status.dataset.state = "error")
    ),
  );
  const errorBox = html`<div id="werkbank-error" role="alert"></div>`;
  const output = html`<div id="werkbank-output"></div>`;
  runButton.onclick = () => run();
  cancelButton.onclick = () => ready.then((r) => r.cancel());

  let generation = 0;
  async function run() {
    const text = editor.value;
    const mine = ++generation;
    writeSqlToLocation(text);
    errorBox.replaceChildren();
    status.textContent = "Bezig met de query… (Annuleren stopt hem)";
    status.dataset.state = "running";
    cancelButton.disabled = false;
    try {
      const result = await (await ready).run(text);
      if (mine !== generation) return;
      show(result, text);
    } catch (error) {
      if (mine !== generation) return;
      const cancelled = /** @type {any} */ (error)?.name === "Cancelled";
      status.textContent = cancelled ? "Geannuleerd: de query is gestopt." : "De query gaf een fout.";
      status.dataset.state = cancelled ? "cancelled" : "error";
      if (!cancelled) errorBox.replaceChildren(errorView(explainError(error)));
    } finally {
      if (mine === generation) cancelButton.disabled = true;
    }
  }

  function show({table, rows, truncated, ms}, text) {
    const result = {table, ...resultRows(table)};
    status.textContent = `${formatInt(rows)} ${rows === 1 ? "rij" : "rijen"} in ${seconds(ms)}${truncated ? " (afgekapt: het resultaat is groter dan de werkbank bewaart)" : ""}.`;
    status.dataset.state = "done";
    status.dataset.rows = String(rows);
    status.dataset.ms = String(ms);
    output.replaceChildren(
      resultTable(result),
      resultDownloads(result, {provenance, sqlText: text}),
      html`<h3>Snelle grafiek</h3>`,
      rows ? quickChart(result, {width}) : html`<p>Geen rijen om te tekenen.</p>`,
    );
  }

  if (fromLink) queueMicrotask(run);
  const root = html`<div class="werkbank">
    <div class="werkbank-examples">${exampleInput}</div>
    ${editor}
    <div class="werkbank-actions">${runButton} ${cancelButton}</div>
    ${status}${errorBox}${output}
  </div>`;
  root.insert = (text) => editor.insertText(text);
  return root;
}

function errorView({title, message, line, explanation}) {
  return html`<div class="werkbank-error">
    <p><strong>${title}${line ? ` (regel ${line})` : ""}</strong>: ${explanation}</p>
    <pre>${message}</pre>
  </div>`;
}
