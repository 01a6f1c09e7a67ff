import {html} from "htl";
import {formatInt} from "../../lib/format.js";
import {describeMarks} from "../../lib/number-marks.js";

const SHOWN_ISSUES = 20;
const SAMPLE_ROWS = 5;

export const PRIVACY_NOTE =
  "Uw bestand verlaat deze browser niet: het wordt hier gelezen, nergens heen gestuurd en staat niet in de gedeelde link.";

export const errorReport = (fileName, error, keptCount) =>
  html`<div class="file-indicators-report file-indicators-error" id="file-indicators-error" role="alert">
    <strong>${fileName}</strong>: ${error}
    ${keptCount ? ` Uw eerder toegevoegde indicatoren (${formatInt(keptCount)}) blijven in gebruik.` : null}
  </div>`;

/** What the parser found and the columns to pick; nothing is ticked until the reader ticks it. */
export function preview(result, {fileName, notice, gemeenteCount, onAdd}) {
  const picks = result.indicators.map(
    (d) => html`<input type="checkbox" id=${`pick-${d.id}`} aria-label=${`${d.name} opnemen in de index`} />`,
  );
  const add = html`<button type="button" id="indicator-file-add">Gekozen kolommen toevoegen</button>`;
  add.onclick = () => onAdd(result.indicators.filter((_, i) => picks[i].checked));
  return html`<div class="file-indicators-preview" id="file-indicators-preview" role="status">
    ${notice ? html`<p class="file-indicators-notice" id="file-indicators-encoding">${notice}</p>` : null}
    <p>
      <strong>${fileName}</strong>: ${formatInt(result.rows)} regels, scheidingsteken ${result.separatorName},
      gemeentecodes uit kolom “${result.codeColumn}”. Kies welke kolommen als indicator meedoen; gemeenten zonder waarde
      in een gekozen kolom vallen uit de index.
    </p>
    <table class="file-indicators-columns">
      <thead>
        <tr>
          <th>Meedoen</th>
          <th>Kolom</th>
          <th>Getallen</th>
          <th>Gemeenten met waarde</th>
          <th>Eerste waarden</th>
        </tr>
      </thead>
      <tbody>
        ${result.indicators.map(
          (d, i) =>
            html`<tr>
              <td>${picks[i]}</td>
              <td>
                <label for=${`pick-${d.id}`} class="file-indicators-name">${d.name}</label>
                ${d.originalName != null ? html`<br /><small class="file-indicators-renamed">“${d.originalName}” heet al zo in de ingebouwde of eerder toegevoegde indicatoren; hernoemd.</small>` : null}
              </td>
              <td>${describeMarks(d.decimal)}</td>
              <td>${formatInt(d.count)}${gemeenteCount ? ` van ${formatInt(gemeenteCount)}` : ""}</td>
              <td>${sampleValues(d).join("; ")}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${skipped(result)} ${issues(result)}
    <p>${add}</p>
  </div>`;
}

const sampleValues = (d) =>
  [...d.values.values()]
    .slice(0, SAMPLE_ROWS)
    .map((v) => (v == null ? "–" : v.toLocaleString("nl-NL", {maximumFractionDigits: 6})));

/** The added files and their indicators. */
export const uploadsReport = (uploads) =>
  html`<div class="file-indicators-report" id="file-indicators-report" role="status">
    ${uploads.map(
      (u) =>
        html`<p>
          <strong>${u.fileName}</strong>: toegevoegd
          ${u.indicators.map((d, i) => html`${i ? ", " : ""}<span class="file-indicators-name">${d.name}</span> (${formatInt(d.count)} gemeenten)`)}.
        </p>`,
    )}
    ${uploads.at(-1)?.unmatchedCodes?.length ? unmatched(uploads.at(-1).unmatchedCodes) : null}
  </div>`;

const unmatched = (codes) =>
  html`<p id="file-indicators-unmatched">
    ${formatInt(codes.length)} onbekende gemeentecode(s), niet gebruikt:
    ${codes.slice(0, 50).join(", ")}${codes.length > 50 ? " …" : ""}
  </p>`;

const skipped = (result) =>
  result.skippedColumns.length
    ? html`<p>
        Niet bruikbaar: ${result.skippedColumns.map((d, i) => html`${i ? "; " : ""}“${d.name}” (${d.reason})`)}.
      </p>`
    : null;

function issues(result) {
  if (!result.issues.length && !result.unmatchedCodes.length) return null;
  const shown = result.issues.slice(0, SHOWN_ISSUES);
  return html.fragment`${result.unmatchedCodes.length ? unmatched(result.unmatchedCodes) : null}
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
    }`;
}
