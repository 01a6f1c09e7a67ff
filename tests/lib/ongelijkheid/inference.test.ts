// The page's use of the interval policy: the correlator's clustered interval, the per-group
// intervals and the "stronger in large cities" contrast, the shrunk region ranking and the
// national pairs behind the LISA.
import {describe, expect, it} from "vitest";
import {completeCases, splitCases} from "../../../src/lib/ongelijkheid/cases.js";
import {createCorrelator} from "../../../src/lib/ongelijkheid/correlations.js";
import {groupContrast} from "../../../src/lib/ongelijkheid/group-contrast.js";
import {createNationalPairs} from "../../../src/lib/ongelijkheid/national-pairs.js";
import {pairColumns} from "../../../src/lib/ongelijkheid/queries.js";
import {rankRegions} from "../../../src/lib/ongelijkheid/regions.js";
import {clusteredCorrelation, compareClustered} from "../../../src/lib/stats/cluster-robust.js";
import {averageRanks} from "../../../src/lib/stats/rank.js";
import {mulberry32} from "../../../src/lib/stats/random.js";
import {EMPTY_REGION} from "../../../src/lib/region.js";

// 240 areas in 24 gemeenten; the first 8 gemeenten are G4-sized, the last 8 small; each gemeente
// shares a random level (so areas within a gemeente are alike).
const random = mulberry32(9);
const sizes = ["G4", "50-100k", "<20k"];
const pairs = Array.from({length: 240}, (_, i) => {
  const g = Math.floor(i / 10);
  const shared = Math.sin(g * 2.1);
  const ses = shared + random() - 0.5;
  return {
    code: `BU${i}`,
    gemeente_code: `GM${g}`,
    size_class: sizes[Math.floor(g / 8)],
    lbm: 4 + (g < 8 ? 0.8 : 0.3) * ses + 0.3 * (random() - 0.5) + 0.2 * shared,
    ses_total: ses,
    households: 10 + (i % 7),
  };
});
const columns = pairColumns(pairs);
const cases = completeCases(pairs, columns, {sesMeasure: "ses_total", lbmMeasure: "lbm", weighting: "none"});

describe("the SES page's clustered correlations", () => {
  it("clusters the headline by gemeente, on ranks for Spearman", () => {
    const correlator = createCorrelator();
    expect(cases.gemeenten.slice(0, 11)).toEqual([...new Array(10).fill("GM0"), "GM1"]);
    const pearson = correlator.clustered(cases.ses, cases.lbm, cases.gemeenten, {method: "pearson"});
    expect(pearson).toEqual(clusteredCorrelation(cases.ses, cases.lbm, cases.gemeenten));
    expect(pearson.clusters).toBe(24);
    const spearman = correlator.clustered(cases.ses, cases.lbm, cases.gemeenten, {method: "spearman"});
    const ranked = clusteredCorrelation(averageRanks(cases.ses), averageRanks(cases.lbm), cases.gemeenten);
    expect(spearman.r).toBeCloseTo(ranked.r, 12);
    expect(spearman.se).toBeCloseTo(ranked.se, 12);
  });

  it("gives each group its clustered interval (Fisher kept beside it) and contrasts the largest with the smallest", () => {
    const correlator = createCorrelator();
    const split = splitCases(cases, "size_class");
    expect(split.get("G4")!.c).toHaveLength(80);
    const rows = correlator.groups(split, {method: "pearson", minN: 10});
    const g4 = rows.find((d) => d.group === "G4")!;
    const expected = clusteredCorrelation(split.get("G4")!.x, split.get("G4")!.y, split.get("G4")!.c);
    expect([g4.lower, g4.upper]).toEqual([expected.lower, expected.upper]);
    expect(g4.fisherUpper - g4.fisherLower).toBeLessThan(g4.upper - g4.lower);
    const contrast = groupContrast(rows, "size_class")!;
    expect([contrast.first.group, contrast.last.group]).toEqual(["G4", "<20k"]);
    expect(contrast.clustered!.p).toBeCloseTo(
      compareClustered(g4.clustered!, rows.find((d) => d.group === "<20k")!.clustered!).p,
      14,
    );
    // Counting areas as independent makes the same difference look more certain.
    expect(contrast.naive.p).toBeLessThan(contrast.clustered!.p);
    expect(groupContrast(rows.slice(0, 1), "size_class")).toBeNull();
  });

  it("ranks regions by the shrunk correlation", () => {
    const layout = {
      names: new Map([
        ["A", "Groot"],
        ["B", "Klein"],
      ]),
      gemeenteRegion: new Map(),
      features: [],
    };
    // B is more extreme but tiny: after shrinkage the large region A leads.
    const {rows} = rankRegions(
      [
        {group: "A", r: 0.7, n: 2000},
        {group: "B", r: 0.8, n: 8},
        {group: "C", r: 0.3, n: 500},
      ],
      layout as any,
    );
    expect(rows[0].group).toBe("A");
    expect(rows.every((d: any) => d.shrunkLower < d.shrunk && d.shrunk < d.shrunkUpper)).toBe(true);
  });
});

describe("national pairs for the LISA", () => {
  it("reuses the page's pairs without a region and queries the country once per setting otherwise", async () => {
    const queries: any[] = [];
    const db = {query: async (q: any) => (queries.push(q), [{code: "all"}])};
    const national = createNationalPairs(db);
    const selection = {lbmYear: 2020, sesYear: 2019, level: "buurt", region: EMPTY_REGION, minHouseholds: 0};
    expect(await national(selection, pairs)).toBe(pairs);
    const regional = {...selection, region: {...EMPTY_REGION, provincie: "PV1"}};
    const first = await national(regional, pairs.slice(0, 5));
    expect(first).toEqual([{code: "all"}]);
    expect(await national({...regional, region: {...EMPTY_REGION, provincie: "PV2"}}, [])).toBe(first);
    expect(queries).toHaveLength(1);
  });
});
