import {html} from "htl";
import {csvFilename, csvFormat} from "../lib/csv.js";
import {LICENCE_TERMS} from "../lib/registry.js";

const isSynthetic = (p) => p != null && (p.source === "demo" || p.synthetic === true);

/** The comment line that marks a Demoland export; no commas, so even a parser that ignores "#" sees one field. */
export function syntheticNote(provenance) {
  const g = provenance?.generator;
  const made = g ? ` (${g.name} ${g.version} seed ${g.seed})` : "";
  return `Synthetische gegevens uit Demoland${made} - geen echte cijfers`;
}

/** Comment lines on where the data come from: dataset id and, for official data, licences and attribution. */
export function sourceNote(provenance) {
  if (!provenance) return null;
  const dataset = provenance.dataset?.id ? `Gegevens ${provenance.dataset.id}` : null;
  if (isSynthetic(provenance)) return dataset;
  const terms = LICENCE_TERMS.map((t) => `${t.short}: ${t.licence} - ${t.attribution}`);
  return [dataset, ...terms].filter(Boolean).join("\n");
}

/** Saves bytes or text as a file through a temporary link (nothing leaves the browser). */
export function saveBlob(parts, filename, type) {
  const url = URL.createObjectURL(new Blob(parts, {type}));
  const a = Object.assign(document.createElement("a"), {href: url, download: filename});
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The byte order mark makes Excel read UTF-8 (names such as Súdwest-Fryslân) correctly.
const save = (text, filename) => saveBlob(["\ufeff", text], filename, "text/csv;charset=utf-8");

/**
 * A button that saves the rows behind a chart as CSV. `data` is an array, an iterable, an
 * Arrow table, or a function returning (a promise of) one, called only on click.
 * With a synthetic `provenance` the file starts with a "# Synthetische gegevens …" line, its
 * name ends in "-demoland", and a note beside the button says so. `note` adds a comment line.
 */
export function downloadButton(
  data,
  {filename = "gegevens", label = "CSV downloaden", columns, provenance, note, guardFormulas = true} = {},
) {
  const synthetic = isSynthetic(provenance);
  const name = csvFilename(filename, {suffix: synthetic ? "demoland" : null});
  const comment = [synthetic ? syntheticNote(provenance) : null, sourceNote(provenance), note]
    .filter(Boolean)
    .join("\n");
  const status = html`<span class="download-note" role="status"></span>`;
  const button = html`<button type="button" aria-label=${`${label}: ${name}`} title=${name}>${label}</button>`;
  const setStatus = (text) => (status.textContent = text);
  setStatus(synthetic ? "Synthetische gegevens (Demoland)" : "");
  button.onclick = async () => {
    button.disabled = true;
    try {
      const rows = typeof data === "function" ? await data() : data;
      save(csvFormat(rows, {columns, comment, guardFormulas}), name);
    } catch (error) {
      setStatus(`Downloaden mislukt: ${error?.message ?? error}`);
    } finally {
      button.disabled = false;
    }
  };
  return html`<div class="download">${button} ${status}</div>`;
}
