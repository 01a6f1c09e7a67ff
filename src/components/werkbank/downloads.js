// Downloads of the whole result (not only the rows shown): standard CSV, CSV for Dutch Excel, and
// parquet. Demoland results say so in the file name and in the file.
import {html} from "htl";
import {csvFilename, csvFormat, EXCEL_NL} from "../../lib/csv.js";
import {parquetBytes} from "../../lib/werkbank/result.js";
import {saveBlob as save, sourceNote, syntheticNote} from "../download.js";

/**
 * @param {{table: any, columns: {name: string}[], rows: any[]}} result
 * @param {{provenance?: any, sqlText?: string}} [options]
 */
export function resultDownloads({table, columns, rows}, {provenance, sqlText = ""} = {}) {
  const synthetic = provenance?.synthetic === true || provenance?.source === "demo";
  const base = csvFilename("werkbank-resultaat", {suffix: synthetic ? "demoland" : null}).replace(/\.csv$/, "");
  const names = columns.map((c) => c.name);
  const firstLine = sqlText.split("\n").find((l) => l.trim()) ?? "";
  const comment = [
    synthetic ? syntheticNote(provenance) : null,
    sourceNote(provenance),
    globalThis.location ? `Link naar deze query: ${globalThis.location.href.replaceAll(",", "%2C")}` : null,
    `Query (eerste regel): ${firstLine.trim()}`,
  ]
    .filter(Boolean)
    .join("\n");
  const status = html`<span class="download-note" role="status"></span>`;
  const button = (label, action) => {
    const b = html`<button type="button">${label}</button>`;
    b.onclick = async () => {
      b.disabled = true;
      try {
        await action();
        status.textContent = "";
      } catch (error) {
        status.textContent = `Downloaden mislukt: ${error?.message ?? error}`;
      } finally {
        b.disabled = false;
      }
    };
    return b;
  };
  // The byte order mark makes Excel read UTF-8 (names such as Súdwest-Fryslân) correctly.
  const csv = button("CSV (standaard)", () =>
    save(["\ufeff", csvFormat(rows, {columns: names, comment})], `${base}.csv`, "text/csv;charset=utf-8"),
  );
  const excel = button("CSV voor Excel (NL)", () =>
    save(
      ["\ufeff", csvFormat(rows, {columns: names, comment, ...EXCEL_NL})],
      `${base}-excel-nl.csv`,
      "text/csv;charset=utf-8",
    ),
  );
  const parquet = button("Parquet", async () =>
    save([await parquetBytes(table, {note: comment})], `${base}.parquet`, "application/vnd.apache.parquet"),
  );
  return html`<div class="download werkbank-downloads">${csv} ${excel} ${parquet} ${status}</div>`;
}
