// What a reader takes away, on every theme page: each download in both CSV flavours headed by the
// settings that produced it (Excel-NL with semicolons and decimal commas), its settings as JSON,
// the page's zip, and every chart as SVG and PNG with title and source drawn in.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {after, before, describe, it} from "node:test";
import {unzipSync, strFromU8} from "fflate";
import {TIMEOUT, assertClean, settled, startSite} from "./setup.mjs";

// The theme pages run heavy first computations; on a loaded machine they take longer to settle.
const SETTLE = {timeout: 4 * TIMEOUT};

const PAGES = [
  {path: "/", setting: /^# Jaar: \d{4}$/m},
  {path: "/stijgers-en-dalers", setting: /^# Basisjaar: \d{4}$/m},
  {path: "/sociale-ongelijkheid", setting: /^# Regio: /m},
  {path: "/ondermijning", setting: /^# Standaardisatie: /m},
];

// Chromium silently drops a download when ten have started since the first of a burst and no more
// than a second has passed since that first one, on the renderer's clock (Blink's
// LocalFrame::ShouldThrottleDownload). A reader never clicks that fast; this test does. So the page
// records when each download really starts, and before the next click the test waits until the
// page's own clock has left the burst: on a loaded machine the renderer starts a download later
// than the test clicks, so a rate kept on the test's clock is not enough.
const BURST_DOWNLOADS = 10;
const BURST_MS = 1_000;

function recordDownloadStarts() {
  const starts = (window.__downloadStarts = []);
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function () {
    if (this instanceof HTMLAnchorElement && this.hasAttribute("download")) starts.push(performance.now());
    return click.call(this);
  };
}

function outOfDownloadBurst([limit, interval]) {
  let count = 0;
  let start = 0;
  for (const t of window.__downloadStarts) {
    if (count === 0) ((start = t), (count = 1));
    else if (count >= limit && t - start > interval) ((start = t), (count = 1));
    else count++;
  }
  // A little past the second: performance.now() is coarser than the renderer's clock.
  return count < limit || performance.now() - start > interval + 20;
}

/** Clicks `handle` and returns the saved file's name and bytes. */
async function saved(page, handle) {
  await page.waitForFunction(outOfDownloadBurst, [BURST_DOWNLOADS, BURST_MS], {timeout: TIMEOUT, polling: 50});
  const [download] = await Promise.all([page.waitForEvent("download", {timeout: TIMEOUT}), handle.click()]);
  return {name: download.suggestedFilename(), bytes: readFileSync(await download.path())};
}

const dataLines = (text) =>
  text
    .replace(/^\ufeff/, "")
    .split("\r\n")
    .filter((l) => l && !l.startsWith("#"));
const pngSize = (bytes) => ({width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)});

describe("downloads and chart images", () => {
  let site;
  before(async () => (site = await startSite()));
  after(async () => await site?.close());

  for (const {path, setting} of PAGES) {
    it(`${path}: downloads with settings (Excel-NL ; and decimal comma), the zip, and every chart as SVG and PNG`, async () => {
      const {page, context, log} = await site.open();
      try {
        await page.addInitScript(recordDownloadStarts);
        await page.goto(site.origin + path);
        await settled(page, SETTLE);
        await checkDownloads(page, path, setting);
        await checkZip(page);
        await checkCharts(page);
        assertClean(log);
      } finally {
        await context.close();
      }
    });
  }

  async function checkDownloads(page, path, setting) {
    const blocks = await page.$$(".download");
    assert.ok(blocks.length >= 2, `${path} has downloads`);
    for (const block of blocks) {
      const excel = await saved(page, await block.$("button[data-format=excel-nl]"));
      const csv = await saved(page, await block.$("button[data-format=csv]"));
      const json = JSON.parse((await saved(page, await block.$("button[data-format=json]"))).bytes.toString("utf8"));
      const [excelText, csvText] = [excel.bytes, csv.bytes].map((b) => b.toString("utf8"));
      assert.match(excel.name, /-demoland-excel-nl\.csv$/);
      for (const text of [excelText, csvText]) {
        assert.ok(text.startsWith("\ufeff# Synthetische gegevens uit Demoland"), `${excel.name} opens with the label`);
        assert.match(text, /^# Gegevens demo-/m, `${excel.name} names the dataset`);
        assert.match(text, setting, `${excel.name} has the page's settings`);
        assert.match(text, new RegExp(`^# Link naar deze weergave: ${site.origin}${path === "/" ? "/" : path}`, "m"));
      }
      assert.ok(json.instellingen.length >= 2 && json.gegevens.synthetisch === true, "settings as JSON");
      const [excelRows, csvRows] = [dataLines(excelText), dataLines(csvText)];
      assert.equal(excelRows.length, csvRows.length);
      assert.ok(excelRows[0].includes(";") || !csvRows[0].includes(","), `${excel.name} separates with ;`);
      assert.doesNotMatch(excelRows[0], /\b(grp|start_class|fallerBase|onveilig_pct)\b/, "Dutch headers");
      // Every decimal point in the standard file is a decimal comma in the Excel-NL file.
      const pointCells = csvRows
        .slice(1)
        .flatMap((r) => r.split(","))
        .filter((c) => /^-?\d+\.\d+$/.test(c));
      const excelCells = new Set(excelRows.slice(1).flatMap((r) => r.split(";")));
      for (const c of pointCells.slice(0, 50))
        assert.ok(excelCells.has(c.replace(".", ",")), `${c} as ${c.replace(".", ",")}`);
      for (const c of pointCells) assert.ok(c.split(".")[1].length <= 6, `${c} is rounded`);
    }
  }

  async function checkZip(page) {
    const count = (await page.$$(".download")).length;
    const zip = await saved(page, await page.$("#download-all"));
    assert.match(zip.name, /-alles-demoland\.zip$/);
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files);
    assert.equal(names.filter((n) => n.endsWith(".csv")).length, 2 * count);
    assert.ok(
      names.some((n) => /^sql\/\d+-.*\.sql$/.test(n)),
      "the SQL is included",
    );
    const settings = JSON.parse(strFromU8(files["instellingen.json"]));
    assert.ok(settings.instellingen.length >= 2);
    assert.match(strFromU8(files["LEESMIJ.txt"]), /excel-nl/);
  }

  async function checkCharts(page) {
    // Every marked chart (or the figure it sits in) is followed by its export buttons.
    const missing = await page.$$eval("[data-chart-export]", (els) =>
      els
        .map((el) => el.parentElement?.closest("figure") ?? el)
        .filter((root) => !root.nextElementSibling?.classList.contains("chart-export"))
        .map((root) => root.id || root.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(missing, [], "charts without export buttons");
    const bars = await page.$$(".chart-export");
    assert.ok(bars.length >= 1, "the page has charts");
    for (const bar of bars) {
      const title = (await (await bar.$("button[data-format=svg]")).getAttribute("aria-label")).replace(/^[^:]*: /, "");
      const svg = (await saved(page, await bar.$("button[data-format=svg]"))).bytes.toString("utf8");
      assert.ok(svg.startsWith("<svg"), "an SVG file");
      assert.ok(svg.includes(`<title>${title.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}`), `${title}: title`);
      assert.match(svg, /Bron: Synthetische gegevens \(Demoland/);
      assert.match(svg, /Synthetische gegevens \(Demoland\) - geen echte cijfers/);
      assert.doesNotMatch(svg, /<foreignObject/, "canvas layers are embedded as images");
      const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)[1]);
      const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)[1]);
      const png = (await saved(page, await bar.$("button[data-format=png]"))).bytes;
      assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
      assert.deepEqual(pngSize(png), {width: 2 * width, height: 2 * height}, `${title}: PNG at 2×`);
    }
  }
});
