// Flow between the classes of two years (an alluvial diagram): start classes on the left, end
// classes on the right, one band per start → end pair with a width proportional to its count.
// Labels stand outside the bars (left of the start classes, right of the end classes) where the
// layout (src/lib/stijgers/flow-layout.js) has made room for each.
import * as Plot from "@observablehq/plot";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {formatInt} from "../../lib/format.js";
import {numberedClassLabel} from "../../lib/labels.js";
import {groupLabel} from "../../lib/stijgers/definition.js";
import {flowLayout} from "../../lib/stijgers/flow-layout.js";
import {GROUP_DOMAIN, GROUP_RANGE} from "./colors.js";

/**
 * The flow chart. `cells` are transition-matrix rows {start_class, end_class, n, weight};
 * `groupOf(start, end)` colours a band by its group (stijger, daler, …).
 * @param {any[]} cells
 * @param {{groupOf?: (start: number, end: number) => string, baseYear?: number, endYear?: number, weighted?: boolean, width?: number, height?: number, format?: (x: number) => string}} [options]
 */
export function flowChart(
  cells,
  {groupOf, baseYear, endYear, weighted = false, width = 640, height = 440, format = formatInt} = {},
) {
  width = fitWidth(width);
  const fontSize = width >= 480 ? 11 : 10;
  const margin = {top: 24, bottom: 8};
  const value = weighted ? (d) => d.weight : (d) => d.n;
  // Two lines per label (class, count).
  const labelHeight = Math.ceil(fontSize * 2.3);
  const {nodes, links} = flowLayout(cells, {height: height - margin.top - margin.bottom, value, labelHeight});
  // Room beside the bars for the longest class name (sans-serif letters are at most ~0.62 em wide on average).
  const longest = Math.max(4, ...nodes.map((n) => numberedClassLabel(n.cls).length));
  const side = Math.ceil(longest * fontSize * 0.62) + 10;
  Object.assign(margin, {left: side, right: side});
  const x0 = margin.left;
  const x1 = width - margin.right;
  const nodeWidth = 12;
  const top = (y) => y + margin.top;
  const group = (l) => groupLabel(groupOf ? groupOf(l.start_class, l.end_class) : "overig");
  const total = nodes.filter((n) => n.side === "start").reduce((s, n) => s + n.value, 0);
  const moved = links.filter((l) => l.start_class !== l.end_class).reduce((s, l) => s + l.value, 0);
  const noun = weighted ? "inwoners" : "gebieden";
  const nodeText = (n) => `${numberedClassLabel(n.cls)}: ${format(n.value)}`;
  const barEdge = (n) => (n.side === "start" ? x0 - 1 : x1 + nodeWidth + 1);
  const labelX = (n) => (n.side === "start" ? x0 - 8 : x1 + nodeWidth + 8);
  const middle = (n) => (n.y0 + n.y1) / 2;
  // A label pushed away from its bar gets a short leader line back to it.
  const displaced = nodes.filter((n) => n.labelY < n.y0 || n.labelY > n.y1);
  const labels = (sideName, textAnchor) =>
    Plot.text(
      nodes.filter((n) => n.side === sideName),
      {
        x: labelX,
        y: (n) => top(n.labelY),
        text: (n) => `${numberedClassLabel(n.cls)}\n${format(n.value)}`,
        textAnchor,
        lineAnchor: "middle",
        fontSize,
        className: "flow-label",
      },
    );
  const chart = plot({
    width,
    height,
    margin: 0,
    x: {type: "identity", axis: null},
    y: {type: "identity", axis: null},
    color: {domain: GROUP_DOMAIN, range: GROUP_RANGE, legend: true},
    marks: [
      Plot.link(links, {
        x1: x0 + nodeWidth,
        x2: x1,
        y1: (l) => top(l.ySource),
        y2: (l) => top(l.yTarget),
        stroke: group,
        strokeWidth: (l) => Math.max(0.5, l.width),
        strokeOpacity: 0.55,
        curve: "bump-x",
        sort: (l) => -l.width,
        title: (l) =>
          `${numberedClassLabel(l.start_class)} → ${numberedClassLabel(l.end_class)}: ${format(l.value)} (${group(l)})`,
      }),
      Plot.rect(nodes, {
        x1: (n) => (n.side === "start" ? x0 : x1),
        x2: (n) => (n.side === "start" ? x0 + nodeWidth : x1 + nodeWidth),
        y1: (n) => top(n.y0),
        y2: (n) => top(n.y1),
        fill: "#444",
        title: nodeText,
        className: "flow-node",
      }),
      Plot.link(displaced, {
        x1: barEdge,
        x2: (n) => labelX(n) + (n.side === "start" ? 2 : -2),
        y1: (n) => top(middle(n)),
        y2: (n) => top(n.labelY),
        stroke: "#888",
        strokeWidth: 0.75,
      }),
      labels("start", "end"),
      labels("end", "start"),
      Plot.text([baseYear, endYear], {
        x: (_, i) => (i === 0 ? x0 : x1 + nodeWidth),
        y: 10,
        text: (d) => String(d),
        fontWeight: "bold",
        textAnchor: "middle",
        dx: nodeWidth / 2,
      }),
    ],
  });
  const list = (sideName) =>
    nodes
      .filter((n) => n.side === sideName)
      .map(nodeText)
      .join("; ");
  return accessibleChart(
    chart,
    `Stroomdiagram van klasse in ${baseYear} naar klasse in ${endYear}: ${format(moved)} van ${format(total)} ${noun} wisselden van klasse. ` +
      `Aantal ${noun} per klasse in ${baseYear}: ${list("start")}. In ${endYear}: ${list("end")}.`,
  );
}
