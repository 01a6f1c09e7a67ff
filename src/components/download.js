import {html} from "htl";
import {csvFilename, csvFormat, EXCEL_NL} from "../lib/csv.js";
import {cleanRow} from "../lib/download-table.js";
import {settingsLines, settingsSnapshot} from "../lib/page-settings.js";
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

/** The two CSV flavours every download offers; Excel-NL first, as most readers here open files in Dutch Excel. */
export const CSV_VARIANTS = Object.freeze([
  {id: "excel-nl", label: "Excel (NL)", suffix: "-excel-nl", options: EXCEL_NL},
  {id: "csv", label: "CSV", suffix: "", options: {delimiter: ",", decimalComma: false}},
]);

/** Downloads on this page, for "Alles downloaden"; entries whose element left the page are skipped. */
const downloads = new Set();
const listeners = new Set();
export const pageDownloads = () => [...downloads].filter((d) => d.element.isConnected);
/** Calls `listener()` whenever a download joins the page. */
export const onDownloadAdded = (listener) => listeners.add(listener);

// Comment lines must stay one field: the variant's delimiter inside them becomes the other one,
// and commas in the link are written %2C (which the site reads back as commas).
const commentLine = (line, delimiter) =>
  delimiter === ","
    ? line.replace(/(https?:\/\/\S+)/g, (url) => url.replaceAll(",", "%2C")).replaceAll(",", ";")
    : line.replaceAll(";", ",");

/**
 * The file text of one download in one variant, headed by the settings that produced it.
 * @param {{base: string, rows: () => Promise<any>, columns?: any, note?: string | null, provenance?: any, guardFormulas: boolean}} entry
 * @param {typeof CSV_VARIANTS[number]} variant
 */
export async function downloadText(entry, variant, snapshot = settingsSnapshot({file: entry.base})) {
  const data = await entry.rows();
  const rows = Object.assign(
    [...(Array.isArray(data) ? data : Array.from(data ?? []))].map((r) => cleanRow(r?.toJSON ? r.toJSON() : r)),
    {columns: data?.columns ?? data?.schema?.fields?.map((f) => f.name)},
  );
  const p = entry.provenance;
  const lines = [
    isSynthetic(p) ? syntheticNote(p) : null,
    ...(sourceNote(p)?.split("\n") ?? []),
    ...settingsLines(snapshot, {source: false}),
    entry.note,
  ].filter(Boolean);
  const {delimiter} = variant.options;
  const comment = lines.map((l) => commentLine(l, delimiter)).join("\n");
  return csvFormat(rows, {columns: entry.columns, comment, guardFormulas: entry.guardFormulas, ...variant.options});
}

/**
 * Buttons that save the rows behind a chart as CSV for Dutch Excel (semicolons, decimal comma)
 * or standard CSV, each headed by the page's settings as "# " lines, and the same settings as
 * JSON. `data` is an array, an iterable, an Arrow table, or a function returning (a promise of)
 * one, called only on click; give it Dutch headers with units and rounded numbers (the themes'
 * download columns). With a synthetic `provenance` the file names end in "-demoland" and a note
 * beside the buttons says so. `note` adds a comment line.
 */
export function downloadButton(
  data,
  {filename = "gegevens", label = "Downloaden", columns, provenance, note, guardFormulas = true} = {},
) {
  const synthetic = isSynthetic(provenance);
  const base = csvFilename(filename, {suffix: synthetic ? "demoland" : null}).replace(/\.csv$/, "");
  const entry = {
    base,
    rows: async () => (typeof data === "function" ? await data() : data),
    columns,
    note,
    provenance,
    guardFormulas,
  };
  const status = html`<span class="download-note" role="status"
    >${synthetic ? "Synthetische gegevens (Demoland)" : ""}</span
  >`;
  const run = (button, action) => async () => {
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      status.textContent = `Downloaden mislukt: ${error?.message ?? error}`;
    } finally {
      button.disabled = false;
    }
  };
  const buttons = CSV_VARIANTS.map((variant) => {
    const name = `${base}${variant.suffix}.csv`;
    const b = html`<button
      type="button"
      data-format=${variant.id}
      aria-label=${`${label} als ${variant.label}: ${name}`}
      title=${name}
    >
      ${variant.label}
    </button>`;
    // The byte order mark makes Excel read UTF-8 (names such as Súdwest-Fryslân) correctly.
    b.onclick = run(b, async () =>
      saveBlob(["\ufeff", await downloadText(entry, variant)], name, "text/csv;charset=utf-8"),
    );
    return b;
  });
  const jsonName = `${base}.instellingen.json`;
  const json = html`<button
    type="button"
    data-format="json"
    aria-label=${`Instellingen als JSON: ${jsonName}`}
    title=${jsonName}
  >
    Instellingen (JSON)
  </button>`;
  json.onclick = run(json, () =>
    saveBlob([JSON.stringify(settingsSnapshot({file: base}), null, 2)], jsonName, "application/json"),
  );
  const element = html`<div class="download" data-download=${base}>
    <span class="download-label">${label}:</span>${buttons}${json} ${status}
  </div>`;
  entry.element = element;
  downloads.add(entry);
  for (const listener of listeners) listener();
  return element;
}
