import {strToU8, zipSync} from "fflate";
import {html} from "htl";
import {csvFilename} from "../lib/csv.js";
import {pageSql, settingsLines, settingsSnapshot} from "../lib/page-settings.js";
import {CSV_VARIANTS, downloadText, onDownloadAdded, pageDownloads, saveBlob} from "./download.js";

const slug = (text) => csvFilename(text).replace(/\.csv$/, "");

/**
 * The zip of everything a page offers: each download in both CSV flavours, instellingen.json,
 * the SQL of every Methode section, and a LEESMIJ.txt that says what is what.
 * @param {{synthetic?: boolean}} [options]
 * @returns {Promise<{name: string, bytes: Uint8Array}>}
 */
export async function pageZip({synthetic = false} = {}) {
  const snapshot = settingsSnapshot();
  const files = {};
  const entries = pageDownloads();
  for (const entry of entries) {
    for (const variant of CSV_VARIANTS) {
      files[`${entry.base}${variant.suffix}.csv`] = strToU8(
        `\ufeff${await downloadText(entry, variant, {...snapshot, bestand: entry.base})}`,
      );
    }
  }
  const sql = pageSql();
  sql.forEach((q, i) => {
    const title = [q.section, q.title].filter(Boolean).join(" - ");
    files[`sql/${String(i + 1).padStart(2, "0")}-${slug(title || "query")}.sql`] = strToU8(`-- ${title}\n${q.text}\n`);
  });
  const json = {...snapshot, bestanden: Object.keys(files), sql: sql.map((q) => ({...q}))};
  files["instellingen.json"] = strToU8(JSON.stringify(json, null, 2));
  files["LEESMIJ.txt"] = strToU8(
    [
      ...settingsLines(snapshot),
      "",
      "Elk gegevensbestand staat er twee keer in: *-excel-nl.csv (puntkomma's en decimaalkomma, voor Nederlandse Excel) en *.csv (komma's en decimaalpunt).",
      "Regels die met # beginnen beschrijven de instellingen. instellingen.json bevat dezelfde instellingen; de map sql bevat de query's die de pagina uitvoerde.",
      "",
    ].join("\r\n"),
  );
  const name = `${slug(snapshot.titel ?? "pagina")}-alles${synthetic ? "-demoland" : ""}.zip`;
  return {name, bytes: zipSync(files, {level: 6})};
}

/** One "Alles downloaden" button for the page (the banner carries it); hidden until the page has a download. */
export function downloadAllButton({synthetic = false} = {}) {
  const status = html`<span class="download-note" role="status"></span>`;
  const button = html`<button type="button" id="download-all">Alles downloaden (zip)</button>`;
  const root = html`<p class="download-all" hidden>${button} ${status}</p>`;
  onDownloadAdded(() => (root.hidden = false));
  button.onclick = async () => {
    button.disabled = true;
    status.textContent = "";
    try {
      const {name, bytes} = await pageZip({synthetic});
      saveBlob([bytes], name, "application/zip");
    } catch (error) {
      status.textContent = `Downloaden mislukt: ${error?.message ?? error}`;
    } finally {
      button.disabled = false;
    }
  };
  return root;
}
