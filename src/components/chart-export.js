import {html} from "htl";
import {chartSvg, svgToPng} from "../lib/chart-export.js";
import {csvFilename} from "../lib/csv.js";
import {pageProvenance, settingsLines, settingsSnapshot, sourceLine} from "../lib/page-settings.js";
import {saveBlob} from "./download.js";

// Charts are marked when they are made and get their buttons when they reach the page, so no
// component has to place them: one observer adds a bar after each marked chart.
const done = new WeakSet();
let observer = null;

const isSynthetic = (p) => p != null && (p.source === "demo" || p.synthetic === true);

/** The chart's title: its own (Plot's h2, data-chart-title), else the nearest heading above it. */
export function chartTitle(chart) {
  const own = chart.dataset?.chartTitle ?? chart.querySelector?.(":scope > h2")?.textContent;
  if (own) return own.trim();
  for (let node = chart; node && node !== document.body; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      // Only the page's own headings: a heading inside another cell's output may come and go.
      if (/^H[1-3]$/.test(sibling.tagName)) return sibling.textContent.trim();
    }
  }
  return document.title;
}

/** A visible line under the title: Plot's subtitle, the figure's caption, else the text alternative. */
function chartSubtitle(chart) {
  const figure = chart.closest("figure") ?? chart;
  const text =
    figure.querySelector?.(":scope > h3")?.textContent ??
    figure.querySelector?.(":scope > figcaption")?.textContent ??
    chart.getAttribute("aria-label") ??
    "";
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > 320 ? `${clean.slice(0, 317)}…` : clean;
}

/** The picture of a chart with everything a reader needs to cite it. */
export function exportChart(chart, title = chartTitle(chart)) {
  const provenance = pageProvenance();
  const synthetic = isSynthetic(provenance);
  const [, ...settings] = settingsLines(settingsSnapshot({title}), {source: false});
  const dataset = provenance?.dataset?.id ? `, gegevens ${provenance.dataset.id}` : "";
  return {
    title,
    synthetic,
    ...chartSvg(chart, {
      title,
      subtitle: chartSubtitle(chart),
      source: `${sourceLine(provenance)}${dataset}`,
      settings,
      label: synthetic ? "Synthetische gegevens (Demoland) - geen echte cijfers" : "Officiële open data",
      synthetic,
    }),
  };
}

function exportBar(chart) {
  // Fixed when the chart arrives: a chart replaced by a newer one has no headings above it any more.
  const title = chartTitle(chart);
  const status = html`<span class="download-note" role="status"></span>`;
  const button = (format) => {
    const b = html`<button type="button" data-format=${format}>${format.toUpperCase()}</button>`;
    b.onclick = async () => {
      b.disabled = true;
      status.textContent = "";
      try {
        const picture = exportChart(chart, title);
        const name = csvFilename(picture.title, {suffix: picture.synthetic ? "demoland" : null}).replace(/\.csv$/, "");
        if (format === "svg") saveBlob([picture.svg], `${name}.svg`, "image/svg+xml");
        else saveBlob([await svgToPng(picture)], `${name}.png`, "image/png");
      } catch (error) {
        status.textContent = `Bewaren mislukt: ${error?.message ?? error}`;
      } finally {
        b.disabled = false;
      }
    };
    b.setAttribute("aria-label", `Grafiek bewaren als ${format.toUpperCase()}: ${title}`);
    return b;
  };
  return html`<div class="chart-export" role="group" aria-label="Grafiek bewaren">
    <span class="chart-export-label">Afbeelding:</span>${button("png")}${button("svg")} ${status}
  </div>`;
}

const bars = new Map();

// A chart inside a figure is exported with the figure (its legend and caption belong to it).
function attach(chart) {
  if (!chart.isConnected) return;
  const root = chart.parentElement?.closest("figure") ?? chart;
  if (done.has(root)) return;
  done.add(root);
  const bar = exportBar(root);
  bars.set(bar, root);
  root.after(bar);
}

// A chart replaced in place leaves its bar behind; remove bars whose chart is gone.
function prune() {
  for (const [bar, root] of bars) if (!root.isConnected) (bar.remove(), bars.delete(bar));
}

/** Marks a chart (an <svg> or <figure>) for PNG/SVG export; the buttons appear once it is on the page. */
export function exportableChart(chart) {
  chart.setAttribute("data-chart-export", "");
  if (typeof MutationObserver === "undefined" || typeof document === "undefined") return chart;
  if (!observer) {
    observer = new MutationObserver(() => {
      prune();
      for (const el of document.querySelectorAll("[data-chart-export]")) attach(el);
    });
    observer.observe(document.body, {childList: true, subtree: true});
  }
  queueMicrotask(() => attach(chart));
  return chart;
}
