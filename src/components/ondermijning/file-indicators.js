import {html} from "htl";
import {LIMITS, parseIndicatorCsv} from "../../lib/csv-import.js";
import {formatInt} from "../../lib/format.js";

const SHOWN_ISSUES = 20;

function report(result, fileName) {
  if (!result.ok) {
    return html`<div class="file-indicators-report file-indicators-error" id="file-indicators-error" role="alert">
      <strong>${fileName}</strong>: ${result.error}
    </div>`;
  }
  const decimal = result.decimal === "," ? "komma" : "punt";
  const shown = result.issues.slice(0, SHOWN_ISSUES);
  return html`<div class="file-indicators-report" id="file-indicators-report" role="status">
    <p>
      <strong>${fileName}</strong>: ${formatInt(result.rows)} regels, scheidingsteken ${result.separatorName},
      decimaalteken ${decimal}, gemeentecodes uit kolom “${result.codeColumn}”. Toegevoegd:
      ${result.indicators.map((d, i) => html`${i ? ", " : ""}<span class="file-indicators-name">${d.name}</span> (${formatInt(d.count)} gemeenten)`)}.
    </p>
    ${
      result.skippedColumns.length
        ? html`<p>
            Niet gebruikt: ${result.skippedColumns.map((d, i) => html`${i ? "; " : ""}“${d.name}” (${d.reason})`)}.
          </p>`
        : null
    }
    ${
      result.unmatchedCodes.length
        ? html`<p id="file-indicators-unmatched">
            ${formatInt(result.unmatchedCodes.length)} onbekende gemeentecode(s), niet gebruikt:
            ${result.unmatchedCodes.slice(0, 50).join(", ")}${result.unmatchedCodes.length > 50 ? " …" : ""}
          </p>`
        : null
    }
    ${
      result.issues.length
        ? html`<details id="file-indicators-issues" open=${result.issues.length <= 5}>
            <summary>
              ${formatInt(result.issues.length)} ${result.issues.length === 1 ? "melding" : "meldingen"} over regels en
              cellen
            </summary>
            <ul>
              ${shown.map((d) => html`<li>regel ${d.line}${d.column != null ? html`, kolom “${d.column}”` : null}: “${d.value}” — ${d.problem}</li>`)}
            </ul>
            ${result.issues.length > SHOWN_ISSUES ? html`<p>… en ${formatInt(result.issues.length - SHOWN_ISSUES)} meer.</p>` : null}
          </details>`
        : null
    }
  </div>`;
}

/**
 * A file input (#indicator-file) for a CSV of the reader's own indicators per gemeente. The file
 * is read and parsed in the browser and never sent anywhere. Value: the parsed indicators
 * [{id, name, values: Map}] (empty until a usable file is chosen). `knownCodes`: Set of the
 * gemeentecodes in the data, so that others are listed as unmatched.
 */
export function fileIndicators({knownCodes} = {}) {
  const input = html`<input type="file" id="indicator-file" accept=".csv,.txt,text/csv,text/plain" />`;
  const clear = html`<button type="button" id="indicator-file-clear" disabled>Eigen indicatoren verwijderen</button>`;
  const output = html`<div class="file-indicators-output"></div>`;
  let indicators = [];

  const root = html`<fieldset class="file-indicators">
    <legend>Eigen indicatoren (CSV)</legend>
    <label for="indicator-file"
      >Kies een CSV-bestand met een kolom <code>gemeentecode</code> (GM0363 of 363) en kolommen met getallen. Het
      bestand blijft op uw computer: het wordt alleen in deze browser gelezen.</label
    >
    <div class="file-indicators-actions">${input} ${clear}</div>
    ${output}
  </fieldset>`;

  const announce = () => root.dispatchEvent(new Event("input", {bubbles: true}));

  input.addEventListener("input", (event) => event.stopPropagation());
  input.addEventListener("change", async (event) => {
    event.stopPropagation();
    const file = input.files?.[0];
    if (!file) return;
    let result;
    if (file.size > LIMITS.bytes) {
      result = {ok: false, error: `Het bestand is te groot (meer dan ${LIMITS.bytes / 1e6} MB).`};
    } else {
      try {
        result = parseIndicatorCsv(await file.text(), {knownCodes});
      } catch (error) {
        result = {ok: false, error: `Het bestand kon niet worden gelezen: ${error?.message ?? error}`};
      }
    }
    output.replaceChildren(report(result, file.name));
    indicators = result.ok ? result.indicators : [];
    clear.disabled = indicators.length === 0;
    announce();
  });
  clear.addEventListener("click", () => {
    input.value = "";
    output.replaceChildren();
    indicators = [];
    clear.disabled = true;
    announce();
  });

  Object.defineProperty(root, "value", {get: () => indicators});
  return root;
}
