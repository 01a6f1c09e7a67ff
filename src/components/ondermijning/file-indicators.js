import {html} from "htl";
import {LIMITS, parseIndicatorCsv} from "../../lib/csv-import.js";
import {avoidNameClashes, builtInNames} from "../../lib/ondermijning/own-indicators.js";
import {decodeText} from "../../lib/text-decode.js";
import {errorReport, preview, PRIVACY_NOTE, uploadsReport} from "./file-preview.js";

/**
 * A file input (#indicator-file) for a CSV of the reader's own indicators per gemeente. The file
 * is read and parsed in the browser and never sent anywhere. A preview lets the reader pick the
 * columns that join; each added file stays until removed, also when a later file fails. Value:
 * the added indicators [{id, name, values: Map}]. `knownCodes`: Set of the gemeentecodes in the
 * data, so that others are listed as unmatched.
 */
export function fileIndicators({knownCodes} = {}) {
  const input = html`<input type="file" id="indicator-file" accept=".csv,.txt,text/csv,text/plain" />`;
  const clear = html`<button type="button" id="indicator-file-clear" disabled>Eigen indicatoren verwijderen</button>`;
  const pending = html`<div class="file-indicators-pending"></div>`;
  const added = html`<div class="file-indicators-added"></div>`;
  /** @type {{fileName: string, indicators: any[], unmatchedCodes: string[]}[]} */
  let uploads = [];
  let fileCount = 0;

  const root = html`<fieldset class="file-indicators">
    <legend>Eigen indicatoren (CSV)</legend>
    <label for="indicator-file"
      >Kies een CSV-bestand met een kolom <code>gemeentecode</code> (GM0363 of 363) en kolommen met getallen, ook zoals
      Nederlandse Excel het opslaat (puntkomma's, decimaalkomma).</label
    >
    <p class="file-indicators-privacy">${PRIVACY_NOTE}</p>
    <div class="file-indicators-actions">${input} ${clear}</div>
    ${pending} ${added}
  </fieldset>`;

  const indicators = () => uploads.flatMap((u) => u.indicators);
  const render = () => {
    added.replaceChildren(...(uploads.length ? [uploadsReport(uploads)] : []));
    clear.disabled = uploads.length === 0;
    root.dispatchEvent(new Event("input", {bubbles: true}));
  };

  input.addEventListener("input", (event) => event.stopPropagation());
  input.addEventListener("change", async (event) => {
    event.stopPropagation();
    const file = input.files?.[0];
    if (!file) return;
    const kept = indicators().length;
    if (file.size > LIMITS.bytes) {
      pending.replaceChildren(
        errorReport(file.name, `Het bestand is te groot (meer dan ${LIMITS.bytes / 1e6} MB).`, kept),
      );
      return;
    }
    let result, notice;
    try {
      const decoded = decodeText(await file.arrayBuffer());
      notice = decoded.notice;
      result = parseIndicatorCsv(decoded.text, {knownCodes, idPrefix: fileCount ? `eigen${fileCount + 1}` : "eigen"});
    } catch (error) {
      result = {ok: false, error: `Het bestand kon niet worden gelezen: ${error?.message ?? error}`};
    }
    input.value = "";
    if (!result.ok) return pending.replaceChildren(errorReport(file.name, result.error, kept));
    ++fileCount;
    const taken = [...builtInNames(), ...indicators().map((d) => d.name)];
    result = {...result, indicators: avoidNameClashes(result.indicators, taken)};
    const onAdd = (chosen) => {
      pending.replaceChildren();
      if (!chosen.length) return;
      uploads = [...uploads, {fileName: file.name, indicators: chosen, unmatchedCodes: result.unmatchedCodes}];
      render();
    };
    pending.replaceChildren(preview(result, {fileName: file.name, notice, gemeenteCount: knownCodes?.size, onAdd}));
  });
  clear.addEventListener("click", () => {
    pending.replaceChildren();
    uploads = [];
    render();
  });

  Object.defineProperty(root, "value", {get: indicators});
  return root;
}
