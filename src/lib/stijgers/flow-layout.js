// Pixel layout of the flow (alluvial) chart between the classes of two years. The selection makes
// one end class dominate (most weak areas end up voldoende), so node heights are a fixed minimum
// plus a part proportional to the count: every class stays a visible bar, and band widths stay
// proportional. Labels sit beside their bar and are pushed apart so that none overlap.
import {LBM_CLASSES} from "../registry.js";

const TOP_DOWN = LBM_CLASSES.map((c) => c.value).sort((a, b) => b - a);

/**
 * Classes run from best (top) to worst; bands leave a start class in the order of their end class
 * and enter an end class in the order of their start class, so bands only cross where areas really
 * changed rank. Returns {nodes, links, scale, crowded}; each node {side, cls, value, y0, y1, labelY,
 * labelTop, labelBottom}, each link {start_class, end_class, value, width, ySource, yTarget, cell}.
 * `crowded`: the labels of a side need more than `height` and overlap anyway.
 * @param {any[]} cells
 * @param {{height?: number, gap?: number, minNode?: number, labelHeight?: number, value?: (cell: any) => number | null | undefined}} [options]
 */
export function flowLayout(cells, {height = 360, gap = 6, minNode = 8, labelHeight = 24, value = (d) => d.n} = {}) {
  const items = cells.map((cell) => ({cell, value: value(cell) ?? 0})).filter((d) => d.value > 0);
  const total = items.reduce((s, d) => s + d.value, 0);
  const sums = (key) =>
    new Map(TOP_DOWN.map((c) => [c, items.filter((d) => d.cell[key] === c).reduce((s, d) => s + d.value, 0)]));
  const totals = {start: sums("start_class"), end: sums("end_class")};
  const present = (side) => TOP_DOWN.filter((c) => totals[side].get(c) > 0);
  // The side with more classes spends more on minimums and gaps; its budget sets the scale.
  const budget = (side) => height - gap * Math.max(0, present(side).length - 1) - minNode * present(side).length;
  const scale = total > 0 ? Math.max(0, Math.min(budget("start"), budget("end"))) / total : 0;

  const nodes = [];
  const bandTop = {start: new Map(), end: new Map()};
  for (const side of /** @type {const} */ (["start", "end"])) {
    let y = 0;
    const sideNodes = [];
    for (const cls of present(side)) {
      const count = totals[side].get(cls);
      const h = minNode + count * scale;
      sideNodes.push({side, cls, value: count, y0: y, y1: y + h, labelY: 0, labelTop: 0, labelBottom: 0});
      bandTop[side].set(cls, y + minNode / 2);
      y += h + gap;
    }
    dodge(sideNodes, labelHeight, height);
    nodes.push(...sideNodes);
  }

  const links = items.map(({cell, value}) => ({
    start_class: cell.start_class,
    end_class: cell.end_class,
    value,
    width: value * scale,
    cell,
    ySource: 0,
    yTarget: 0,
  }));
  const byRank = (key) => (a, b) => b[key] - a[key];
  for (const cls of TOP_DOWN) {
    let y = bandTop.start.get(cls);
    for (const link of links.filter((l) => l.start_class === cls).sort(byRank("end_class")))
      ((link.ySource = y + link.width / 2), (y += link.width));
    y = bandTop.end.get(cls);
    for (const link of links.filter((l) => l.end_class === cls).sort(byRank("start_class")))
      ((link.yTarget = y + link.width / 2), (y += link.width));
  }
  const crowded = ["start", "end"].some((side) => present(side).length * labelHeight > height);
  return {nodes, links, scale, crowded};
}

/**
 * Sets labelY (the middle of a label `size` tall) on nodes ordered top to bottom: at the node's
 * middle where there is room, otherwise pushed apart to `size`, and kept within [0, height].
 * Also sets labelTop and labelBottom, the label's box.
 */
export function dodge(nodes, size, height) {
  const first = size / 2;
  const last = height - size / 2;
  nodes.forEach((n) => (n.labelY = Math.min(last, Math.max(first, (n.y0 + n.y1) / 2))));
  for (let i = 1; i < nodes.length; ++i) nodes[i].labelY = Math.max(nodes[i].labelY, nodes[i - 1].labelY + size);
  const end = nodes.length - 1;
  if (end >= 0) nodes[end].labelY = Math.min(nodes[end].labelY, last);
  for (let i = end - 1; i >= 0; --i) nodes[i].labelY = Math.min(nodes[i].labelY, nodes[i + 1].labelY - size);
  for (const n of nodes) ((n.labelTop = n.labelY - size / 2), (n.labelBottom = n.labelY + size / 2));
  return nodes;
}
