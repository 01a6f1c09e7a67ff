import {describe, expect, it} from "vitest";
import {classTotals} from "../../../src/lib/home/totals.js";

describe("classTotals", () => {
  it("adds areas and households over all classes and over the insufficient ones", () => {
    // Worked by hand: classes 3 and 4 are below voldoende (10 + 5 areas, 200 + null households).
    const rows = [
      {lbm_class: 3, areas: 10, households: 200, insufficient: true},
      {lbm_class: 4, areas: 5, households: null, insufficient: true},
      {lbm_class: 6, areas: 85, households: 1800, insufficient: false},
    ];
    expect(classTotals(rows)).toEqual({areas: 100, insufficient: 15, households: 2000, householdsInsufficient: 200});
  });

  it("is all zero without rows", () => {
    expect(classTotals([])).toEqual({areas: 0, insufficient: 0, households: 0, householdsInsufficient: 0});
  });
});
