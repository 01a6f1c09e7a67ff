// Plot labels each mark's <g> with aria-label, which axe reports (aria-label on an element without
// a role). The charts carry one text alternative of their own instead: the figure is an image
// with that label. Every chart made here also gets PNG/SVG export buttons (chart-export.js).
import {exportableChart} from "./chart-export.js";

/** Removes the per-mark labels and names the chart as one image. */
export function accessibleChart(chart, label) {
  for (const g of chart.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  if (label != null) {
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", label);
  }
  return exportableChart(chart);
}
