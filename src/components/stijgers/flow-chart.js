// Flow between the classes of two years (an alluvial diagram): start classes on the left, end
// classes on the right, one band per start → end pair with a width proportional to its count.
import * as Plot from "@observablehq/plot";
import {accessibleChart, fitWidth, plot} from "../plot-a11y.js";
import {formatInt} from "../../lib/format.js";
import {numberedClassLabel} from "../../lib/labels.js";
import {LBM_CLASSES} from "../../lib/registry.js";
import {groupLabel} from "../../lib/stijgers/definition.js";
import {GROUP_DOMAIN, GROUP_RANGE} from "./colors.js";

const TOP_DOWN = LBM_CLASSES.map((c) => c.value).sort((a, b) => b - a);

/**
 * Positions in pixels. Classes run from best (top) to worst; bands leave a start class in the
 * order of their end class and enter an end class in the order of their start class, so bands
 * only cross where areas really changed rank. Returns {nodes, links, scale}; each node
 * {side, cls, value, y0, y1}, each link {start_class, end_class, value, width, ySource, yTarget, cell}.
 */
export function flowLayout(cells, {height = 360, gap = 6, labelGap = 13, value = (d) => d.n} = {}) {
  const items = cells.map((cell) => ({cell, value: value(cell) ?? 0})).filter((d) => d.value > 0);
  const total = items.reduce((s, d) => s + d.value, 0);
  const sums = (key) =>
    new Map(TOP_DOWN.map((c) => [c, items.filter((d) => d.cell[key] === c).reduce((s, d) => s + d.value, 0)]));
  const left = sums("start_class");
  const right = sums("end_class");
  const present = (m) => TOP_DOWN.filter((c) => m.get(c) > 0);
  const gaps = Math.max(present(left).length, present(right).length, 1) - 1;
  const scale = total > 0 ? Math.max(0, height - gap * gaps) / total : 0;

  const nodes = [];
  const place = (side, totals) => {
    let y = 0;
    const positions = new Map();
    for (const cls of present(totals)) {
      const h = totals.get(cls) * scale;
      nodes.push({side, cls, value: totals.get(cls), y0: y, y1: y + h});
      positions.set(cls, y);
      y += h + gap;
    }
    return positions;
  };
  const leftY = place("start", left);
  const rightY = place("end", right);
  for (const side of ["start", "end"])
    dodge(
      nodes.filter((n) => n.side === side),
      labelGap,
      height,
    );

  const links = items.map(({cell, value}) => ({
    start_class: cell.start_class,
    end_class: cell.end_class,
    value,
    width: value * scale,
    cell,
  }));
  const byRank = (key) => (a, b) => b[key] - a[key];
  for (const cls of TOP_DOWN) {
    let y = leftY.get(cls);
    for (const link of links.filter((l) => l.start_class === cls).sort(byRank("end_class")))
      ((link.ySource = y + link.width / 2), (y += link.width));
    y = rightY.get(cls);
    for (const link of links.filter((l) => l.end_class === cls).sort(byRank("start_class")))
      ((link.yTarget = y + link.width / 2), (y += link.width));
  }
  return {nodes, links, scale};
}

/** Sets labelY on nodes (top to bottom): at the node's middle, pushed apart to at least `minGap`, within [0, height]. */
export function dodge(nodes, minGap, height) {
  nodes.forEach((n) => (n.labelY = (n.y0 + n.y1) / 2));
  for (let i = 1; i < nodes.length; ++i) nodes[i].labelY = Math.max(nodes[i].labelY, nodes[i - 1].labelY + minGap);
  const last = nodes.length - 1;
  if (last >= 0) nodes[last].labelY = Math.min(nodes[last].labelY, height - minGap / 2);
  for (let i = last - 1; i >= 0; --i) nodes[i].labelY = Math.min(nodes[i].labelY, nodes[i + 1].labelY - minGap);
  return nodes;
}

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
  // Class labels beside the bars take 150 px a side; on a phone less, with smaller text.
  const side = width >= 520 ? 150 : Math.round(width * 0.3);
  const margin = {top: 24, bottom: 8, left: side, right: side};
  const value = weighted ? (d) => d.weight : (d) => d.n;
  const {nodes, links} = flowLayout(cells, {height: height - margin.top - margin.bottom, value});
  const x0 = margin.left;
  const x1 = width - margin.right;
  const nodeWidth = 12;
  const top = (y) => y + margin.top;
  const group = (l) => groupLabel(groupOf ? groupOf(l.start_class, l.end_class) : "overig");
  const total = nodes.filter((n) => n.side === "start").reduce((s, n) => s + n.value, 0);
  const moved = links.filter((l) => l.start_class !== l.end_class).reduce((s, l) => s + l.value, 0);
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
        y2: (n) => top(Math.max(n.y1, n.y0 + 1)),
        fill: "#444",
      }),
      Plot.text(nodes, {
        x: (n) => (n.side === "start" ? x0 - 6 : x1 + nodeWidth + 6),
        y: (n) => top(n.labelY),
        text: (n) => `${numberedClassLabel(n.cls)} (${format(n.value)})`,
        textAnchor: (n) => (n.side === "start" ? "end" : "start"),
        fontSize: width >= 520 ? 11 : 10,
      }),
      Plot.text([baseYear, endYear], {
        x: (_, i) => (i === 0 ? x0 : x1 + nodeWidth),
        y: 10,
        text: (d) => String(d),
        fontWeight: "bold",
        textAnchor: (_, i) => (i === 0 ? "end" : "start"),
      }),
    ],
  });
  return accessibleChart(
    chart,
    `Stroomdiagram van klasse in ${baseYear} naar klasse in ${endYear}: ${format(moved)} van ${format(total)} ${weighted ? "inwoners" : "gebieden"} wisselden van klasse.`,
  );
}
