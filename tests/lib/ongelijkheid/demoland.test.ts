// The sociale-ongelijkheid analyses on Demoland recover what the generator planted (truth.json),
// running the page's own SQL on the built parquet files in node DuckDB.
import {readFileSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../../data-loaders/build.ts";
import type {DemolandTruth} from "../../../data-loaders/demo/truth-types.ts";
import {DEFAULTS} from "../../../src/lib/ongelijkheid/defaults.js";
import {defaultPairsParams} from "../../../src/lib/ongelijkheid/first-view.js";
import {lowLowProfile, quadrantPairs, quadrantShares, sesPairs} from "../../../src/lib/ongelijkheid/queries.js";
import {lisaClusters, lisaInput} from "../../../src/lib/spatial/lisa.js";
import {correlationByGroup} from "../../reference/correlation-by-group.js";
import {localMoranKernel} from "../../../src/lib/stats/local-moran.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";
import {DEMOLAND_YEARS} from "../../helpers/years.ts";

type Row = Record<string, any>;
// The page's default view: the same parameters as the query the build answers ahead of DuckDB.
const base = defaultPairsParams(DEMOLAND_YEARS);
const quadrant = {
  ...base,
  sesPercentile: DEFAULTS.sesPercentile,
  maxLbmClass: DEFAULTS.maxLbmClass,
  minAreas: DEFAULTS.minAreas,
};

describe("sociale ongelijkheid on Demoland", () => {
  let conn: DuckDBConnection;
  let truth: DemolandTruth;
  let topology: any;
  let pairs: Row[];
  let shares: Row[];
  beforeAll(async () => {
    const built = await buildDataset();
    conn = await memoryConnection();
    for (const t of ["areas", "lbm", "ses"] as const)
      await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${built.path(t)}')`);
    truth = JSON.parse(readFileSync(built.path("truth"), "utf8"));
    topology = JSON.parse(readFileSync(built.path("geometry"), "utf8"));
    pairs = await runFragment(conn, sesPairs(base));
    await runFragment(conn, quadrantPairs(quadrant));
    shares = await runFragment(conn, quadrantShares(quadrant));
  }, 180_000);

  it("reproduces the planted correlation per size class, stronger in big gemeenten", () => {
    const bySize = correlationByGroup(pairs, {
      key: (d: Row) => d.size_class,
      x: (d: Row) => d.ses_total,
      y: (d: Row) => d.lbm,
    });
    const r = Object.fromEntries(bySize.map((d: Row) => [d.group, d.r]));
    for (const [size, expected] of Object.entries(truth.ses_lbm_correlation.realized))
      expect(r[size]).toBeCloseTo(expected, 3);
    const big = correlationByGroup(pairs, {
      key: (d: Row) => (["G4", "100k+"].includes(d.size_class) ? "big" : d.size_class === "<20k" ? "small" : null),
      x: (d: Row) => d.ses_total,
      y: (d: Row) => d.lbm,
    });
    const get = (g: string) => big.find((d: Row) => d.group === g)!;
    expect(get("big").r).toBeCloseTo(truth.ses_lbm_correlation.realized_big, 3);
    expect(get("small").r).toBeCloseTo(truth.ses_lbm_correlation.realized_small, 3);
    // The intervals do not overlap: the difference is not noise.
    expect(get("big").lower).toBeGreaterThan(get("small").upper);
  });

  it("counts buurten without SES as dropped, never as zero", () => {
    const missing = pairs.filter((d: Row) => d.ses_total == null).length;
    expect(missing).toBeGreaterThan(0);
    expect(pairs.some((d: Row) => d.ses_total === 0 && d.households < 50)).toBe(false);
  });

  it("uses the planted low–low definition and finds the planted gemeenten near the top", () => {
    expect(shares[0].ses_cut).toBeCloseTo(truth.low_low_definition.ses_threshold, 6);
    const rank = new Map(shares.map((d, i) => [d.code, i]));
    for (const g of truth.low_low_gemeenten.gemeenten) {
      const row = shares[rank.get(g.code)!];
      expect(row.share_low_low).toBeCloseTo(g.realized_share, 4);
      expect(row.low_low).toBe(g.low_low);
      expect(row.areas).toBe(g.eligible);
      expect(rank.get(g.code)!).toBeLessThan(8);
    }
    // The planted gemeenten are the top of the ranking.
    const planted = truth.low_low_gemeenten.gemeenten.map((g) => g.code).sort();
    expect(
      shares
        .slice(0, planted.length)
        .map((d) => d.code)
        .sort(),
    ).toEqual(planted);
    expect(shares.slice(0, truth.low_low_gemeenten.realized_top.length).map((d: Row) => d.code)).toEqual(
      truth.low_low_gemeenten.realized_top.map((d: Row) => d.code),
    );
  });

  it("profiles low–low buurten: lower total score and lower won, soc, onv than the rest", async () => {
    const [lowLow, rest] = (await runFragment(conn, lowLowProfile(quadrant))) as Row[];
    expect(lowLow.low_low).toBe(true);
    // Voorzieningen are often better in the (urban) low–low buurten, as in the report; not asserted.
    for (const d of ["lbm", "won", "soc", "onv"]) expect(lowLow[d]).toBeLessThan(rest[d]);
    expect(lowLow.areas + rest.areas).toBe(pairs.filter((r) => r.ses_total != null && r.lbm_class != null).length);
  });

  for (const weights of ["knn", "queen"] as const) {
    it(`finds the planted clusters as significant low–low LISA clusters (${weights})`, () => {
      const input = lisaInput(pairs, {
        mode: "bivariate",
        weights,
        k: DEFAULTS.lisaK,
        topology,
        sesCut: shares[0].ses_cut,
        maxLbmClass: DEFAULTS.maxLbmClass,
      });
      // A buurt whose neighbours all lack SES is an island; it must stay rare.
      expect(input.summary.islands).toBeLessThan(input.rows.length / 1000);
      const w = input.weights;
      const result = localMoranKernel(
        input.x,
        input.y,
        w.offsets,
        w.neighbors,
        w.weights,
        DEFAULTS.lisaPermutations,
        DEFAULTS.lisaSeed,
        null,
      )!;
      for (const correction of ["none", "fdr"]) {
        const byCode = new Map<string, Row>(
          lisaClusters(input, result, {alpha: DEFAULTS.lisaAlpha, correction}).map((d: Row) => [d.code, d]),
        );
        for (const region of truth.low_low_clusters.regions) {
          const core = region.core_buurten.map((c: string) => byCode.get(c)).filter(Boolean);
          const lowLow = core.filter((d) => d!.cluster === 2).length;
          expect(lowLow / core.length, `${region.name} ${weights} ${correction}`).toBeGreaterThan(0.75);
        }
      }
    });
  }
});
