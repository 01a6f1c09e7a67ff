// Every Plot chart of the site is made by `plot()` and named by `accessibleChart()`:
// - `plot()` is Plot.plot in the site's Dutch locale (axes, legends and tooltips write 1.000, 0,5 and
//   −0,8; years stay 2020) and no wider than the page, so a phone gets a chart laid out for its own
//   width instead of a 640 px one scaled down to unreadable text.
// - Plot labels each mark's <g> with aria-label, which axe reports (aria-label on an element without
//   a role). The charts carry one text alternative of their own instead: the figure is an image
//   with that label; the visible caption is its first sentence (`chartCaption`). Every chart named
//   here also gets PNG/SVG export buttons (chart-export.js).
import * as Plot from "@observablehq/plot";
import {html} from "htl";
import {exportableChart} from "./chart-export.js";
import {formatTick, formatValue} from "../lib/format.js";
import {nlLocale} from "../lib/format.js";

const FORMATTED_SCALES = ["x", "y", "fx", "fy", "color", "r"];
const TIP_FORMAT = Object.freeze({x: formatValue, y: formatValue});
/** Charts are never laid out wider than this on a wide screen, unless they ask for it. */
export const CHART_WIDTH = 640;
const MIN_WIDTH = 280;

// Reading clientWidth while cells are adding charts forces a layout of the whole page, once per
// chart; a ResizeObserver keeps the width instead, read after the browser's own layout.
let watched = null;
let watchedWidth = 0;
function mainColumnWidth() {
  const main = document.querySelector("#observablehq-main") ?? document.documentElement;
  if (typeof ResizeObserver !== "function") return main.clientWidth;
  if (watched !== main) {
    watched = main;
    watchedWidth = main.clientWidth;
    new ResizeObserver(() => (watchedWidth = main.clientWidth)).observe(main);
  }
  return watchedWidth;
}

/** The width the page's main column offers (the whole window before the page has laid out). */
export function availableWidth() {
  if (typeof document === "undefined") return Infinity;
  return Math.max(MIN_WIDTH, mainColumnWidth() || Infinity);
}

/**
 * `width`, or less where the page is narrower: charts that lay out pixels themselves call this first.
 * A width of 0 (Framework's `width` while the page is being re-laid out, e.g. for a full-page
 * screenshot or print) gives the narrowest layout instead of a chart with negative sizes.
 */
export const fitWidth = (width = CHART_WIDTH) => Math.min(width > 0 ? width : MIN_WIDTH, availableWidth());

const dutchTickFormat = (tickFormat) =>
  tickFormat === undefined ? formatTick : typeof tickFormat === "string" ? nlLocale.format(tickFormat) : tickFormat;

function dutchTip(tip) {
  if (!tip) return tip;
  if (tip === true || typeof tip === "string") return {pointer: tip === true ? "xy" : tip, format: TIP_FORMAT};
  return {...tip, format: {...TIP_FORMAT, ...tip.format}};
}

/** Plot.plot with Dutch number formats on every scale and tooltip, at most as wide as the page. */
export function plot({width = CHART_WIDTH, marks = [], ...options} = {}) {
  const dutch = {...options, width: fitWidth(width), marks};
  for (const key of FORMATTED_SCALES) {
    const scale = options[key];
    // Plot creates a scale for every scale option it is given, so only scales the chart has get one:
    // x and y of a chart without a projection, and the others where the chart configures them.
    const present = scale != null || ((key === "x" || key === "y") && options.projection == null);
    if (!present || (scale && typeof scale !== "object")) continue;
    dutch[key] = {...scale, tickFormat: dutchTickFormat(scale?.tickFormat)};
  }
  for (const mark of marks.flat(Infinity)) if (mark && "tip" in mark) mark.tip = dutchTip(mark.tip);
  return Plot.plot(dutch);
}

/** Removes the per-mark labels and names the chart as one image. */
export function accessibleChart(chart, label) {
  for (const g of chart.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  if (label != null) {
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", label);
  }
  return exportableChart(chart);
}

/** "Spreidingsdiagram van 141 gemeenten." out of a text alternative of many sentences. */
export function firstSentence(text) {
  const match = /^(.*?[.!?])(?=\s|$)/s.exec(String(text ?? "").trim());
  return (match ? match[1] : String(text ?? "")).replace(/\s+/g, " ");
}

/**
 * A one-line visible caption for a chart whose full text alternative is its aria-label: screen
 * readers hear the whole description once, sighted readers see one line instead of twenty.
 */
export function chartCaption(text, {prefix} = {}) {
  return html`<figcaption>${prefix != null ? html`${prefix} ` : null}${firstSentence(text)}</figcaption>`;
}
