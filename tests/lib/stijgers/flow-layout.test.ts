import {describe, expect, it} from "vitest";
import {flowLayout} from "../../../src/lib/stijgers/flow-layout.js";

// A selection of weak areas (start classes 1–4) in which most end up voldoende (5) or better: the
// shape that squeezed classes 1–4 into a few pixels. 2 + 3 + 5 + 990 = 1000 areas.
const skewed = [
  {start_class: 4, end_class: 9, n: 990},
  {start_class: 3, end_class: 3, n: 5},
  {start_class: 2, end_class: 2, n: 3},
  {start_class: 1, end_class: 1, n: 2},
];
const overlaps = (a: any, b: any) => a.labelTop < b.labelBottom - 1e-9 && b.labelTop < a.labelBottom - 1e-9;

describe("flow layout", () => {
  it("keeps every class a visible bar when one class holds nearly all areas", () => {
    const {nodes, scale} = flowLayout(skewed, {height: 400, gap: 6, minNode: 8, labelHeight: 24});
    // Four classes a side: 400 − 3 gaps × 6 − 4 × 8 minimum = 350 px for 1000 areas.
    expect(scale).toBeCloseTo(350 / 1000, 12);
    for (const n of nodes) expect(n.y1 - n.y0).toBeGreaterThanOrEqual(8);
    const end1 = nodes.find((n: any) => n.side === "end" && n.cls === 1)!;
    expect(end1.y1 - end1.y0).toBeCloseTo(8 + 2 * scale, 12);
    // Without a minimum (the old layout) class 1 would be 2 × 382/1000 ≈ 0,8 px tall.
    const bare = flowLayout(skewed, {height: 400, gap: 6, minNode: 0}).nodes.find((n: any) => n.cls === 1)!;
    expect(bare.y1 - bare.y0).toBeLessThan(1);
    // The bars of a side fit the height and do not overlap.
    for (const side of ["start", "end"]) {
      const own = nodes.filter((n: any) => n.side === side);
      for (let i = 1; i < own.length; ++i) expect(own[i].y0).toBeGreaterThanOrEqual(own[i - 1].y1);
      expect(own.at(-1)!.y1).toBeLessThanOrEqual(400 + 1e-9);
    }
  });

  it("gives every label its own box beside its side of the chart, inside the height", () => {
    for (const height of [400, 200, 120]) {
      const {nodes, crowded} = flowLayout(skewed, {height, labelHeight: 24});
      expect(crowded).toBe(false);
      for (const side of ["start", "end"]) {
        const own = nodes.filter((n: any) => n.side === side);
        for (let i = 0; i < own.length; ++i)
          for (let j = i + 1; j < own.length; ++j) expect(overlaps(own[i], own[j]), `${side} ${i}/${j}`).toBe(false);
        for (const n of own) expect([n.labelTop >= 0, n.labelBottom <= height + 1e-9]).toEqual([true, true]);
      }
    }
    // Nine classes of 24 px labels cannot fit 200 px: the layout says so.
    const nine = Array.from({length: 9}, (_, i) => ({start_class: i + 1, end_class: i + 1, n: i === 8 ? 1000 : 1}));
    expect(flowLayout(nine, {height: 200, labelHeight: 24}).crowded).toBe(true);
    expect(flowLayout(nine, {height: 400, labelHeight: 24}).crowded).toBe(false);
  });

  it("keeps bands proportional and inside their class bar", () => {
    const {nodes, links, scale} = flowLayout(skewed, {height: 400, minNode: 8});
    for (const l of links) {
      expect(l.width).toBeCloseTo(l.value * scale, 12);
      const from = nodes.find((n: any) => n.side === "start" && n.cls === l.start_class)!;
      const to = nodes.find((n: any) => n.side === "end" && n.cls === l.end_class)!;
      expect(l.ySource - l.width / 2).toBeGreaterThanOrEqual(from.y0 - 1e-9);
      expect(l.ySource + l.width / 2).toBeLessThanOrEqual(from.y1 + 1e-9);
      expect(l.yTarget - l.width / 2).toBeGreaterThanOrEqual(to.y0 - 1e-9);
      expect(l.yTarget + l.width / 2).toBeLessThanOrEqual(to.y1 + 1e-9);
    }
  });
});
