// Demoland as generated: valid against the contract, invariants on every row, geometry that
// matches the area codes with d3-geo winding, and byte-identical output for the same seed.
import {geoArea, geoBounds} from "d3-geo";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {feature} from "topojson-client";
import type {Topology} from "topojson-specification";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset, OUTPUTS, writeDemoland, type BuiltDataset} from "../../data-loaders/build.ts";
import {
  CODE_PATTERNS,
  classOf,
  DIMENSION_IDS,
  LBM_YEARS,
  SAFETY_MEASURES,
  SIZE_CLASSES,
  validateDataset,
  type Dataset,
  type Level,
} from "../../data-loaders/contract/index.ts";
import {DEFAULT_SEED, generateDemoland, type DemolandTruth} from "../../data-loaders/demo/index.ts";

let data: Dataset;
let truth: DemolandTruth;
let built: BuiltDataset;

beforeAll(async () => {
  ({dataset: data, truth} = generateDemoland({seed: DEFAULT_SEED}));
  built = await buildDataset({source: "demo", seed: DEFAULT_SEED});
}, 120_000);

const ofLevel = (level: Level) => data.areas.filter((a) => a.level === level);
/** Collects what fails over many rows, so one expect reports them (per-row expects are slow). */
const failures = <T>(rows: readonly T[], bad: (row: T) => string | false | null | undefined) =>
  rows.map(bad).filter(Boolean).slice(0, 5);

describe("Demoland against the contract", () => {
  it("passes validateDataset with zero issues", () => {
    expect(validateDataset(data, 10_000)).toEqual([]);
  });

  it("has the scale of the Netherlands", () => {
    const provincies = new Set(data.areas.map((a) => a.provincie_code));
    const corops = new Set(data.areas.map((a) => a.corop_code));
    expect(provincies.size).toBe(12);
    expect(corops.size).toBe(40);
    expect(ofLevel("gemeente").length).toBe(350);
    expect(ofLevel("wijk").length).toBeGreaterThan(2700);
    expect(ofLevel("wijk").length).toBeLessThan(3400);
    expect(ofLevel("buurt").length).toBeGreaterThan(12_500);
    expect(ofLevel("buurt").length).toBeLessThan(13_500);
    const sizeClasses = ofLevel("gemeente").map((g) => g.size_class);
    expect(sizeClasses.filter((s) => s === "G4").length).toBe(4);
    for (const s of SIZE_CLASSES) expect(sizeClasses.filter((c) => c === s.id).length).toBeGreaterThanOrEqual(4);
    const inhabitants = ofLevel("gemeente").reduce((s, g) => s + (g.inhabitants ?? 0), 0);
    expect(inhabitants).toBeGreaterThan(12e6);
    expect(inhabitants).toBeLessThan(20e6);
  });

  it("has heavy-tailed buurt populations and all five stedelijkheid classes", () => {
    const inhabitants = ofLevel("buurt")
      .map((b) => b.inhabitants ?? 0)
      .sort((a, b) => a - b);
    const median = inhabitants[Math.floor(inhabitants.length / 2)];
    expect(inhabitants[inhabitants.length - 1]).toBeGreaterThan(8 * median);
    for (const s of [1, 2, 3, 4, 5])
      expect(ofLevel("buurt").filter((b) => b.stedelijkheid === s).length).toBeGreaterThan(300);
  });

  it("embeds the gemeente and wijk codes in buurt codes, as CBS does", () => {
    const codes = new Map(data.areas.map((a) => [a.code, a]));
    expect(
      failures(ofLevel("buurt"), (b) =>
        !CODE_PATTERNS.buurt.test(b.code) ||
        codes.get(b.wijk_code!)?.level !== "wijk" ||
        codes.get(b.gemeente_code)?.level !== "gemeente" ||
        b.code.slice(2, 8) !== b.wijk_code!.slice(2) ||
        b.code.slice(2, 6) !== b.gemeente_code.slice(2)
          ? b.code
          : false,
      ),
    ).toEqual([]);
    expect(failures(ofLevel("wijk"), (w) => w.code.slice(2, 6) !== w.gemeente_code.slice(2) && w.code)).toEqual([]);
    expect(failures(data.areas, (a) => !CODE_PATTERNS[a.level].test(a.code) && a.code)).toEqual([]);
  });

  it("keeps every LBM row consistent: dimensions sum to afw, lbm = base + afw, classes follow the bounds", () => {
    const bounds = data.provenance.class_lower_bounds;
    const scored = data.lbm.filter((r) => r.afw !== null);
    expect(
      failures(
        data.lbm,
        (r) =>
          r.afw === null &&
          [r.lbm, r.won, r.fys, r.vrz, r.soc, r.onv, r.lbm_class].some((v) => v !== null) &&
          `${r.code} ${r.year} partly null`,
      ),
    ).toEqual([]);
    expect(
      failures(scored, (r) => {
        const sum = DIMENSION_IDS.reduce((s, d) => s + (r[d] as number), 0);
        if (Math.abs(sum - (r.afw as number)) > 1e-9) return `${r.code} ${r.year}: sum ${sum} ≠ afw ${r.afw}`;
        if (Math.abs((r.lbm as number) - data.provenance.lbm_base - (r.afw as number)) > 1e-9)
          return `${r.code} ${r.year}: lbm ≠ base + afw`;
        if (r.lbm_class !== classOf(r.lbm as number, bounds))
          return `${r.code} ${r.year}: class ${r.lbm_class} for lbm ${r.lbm}`;
      }),
    ).toEqual([]);
    expect(scored.length).toBeGreaterThan(0.98 * data.lbm.length);
  });

  it("has every LBM year for every area, and all nine classes", () => {
    expect(data.lbm.length).toBe(data.areas.length * LBM_YEARS.length);
    for (const year of [2014, 2020]) {
      const classes = new Set(data.lbm.filter((r) => r.level === "buurt" && r.year === year).map((r) => r.lbm_class));
      for (let c = 1; c <= 9; c++) expect(classes.has(c), `class ${c} in ${year}`).toBe(true);
    }
    const classes2020 = data.lbm
      .filter((r) => r.level === "buurt" && r.year === 2020 && r.lbm_class !== null)
      .map((r) => r.lbm_class as number);
    expect(classes2020.filter((c) => c >= 5 && c <= 7).length / classes2020.length).toBeGreaterThan(0.6);
  });

  it("has no NaN or infinite number anywhere", () => {
    for (const table of ["areas", "lbm", "ses", "safety"] as const) {
      const rows = data[table] as unknown as Record<string, unknown>[];
      expect(
        failures(
          rows,
          (row) => Object.values(row).some((v) => typeof v === "number" && !Number.isFinite(v)) && JSON.stringify(row),
        ),
      ).toEqual([]);
    }
  });

  it("suppresses SES for small buurten with null, never zero", () => {
    const areas = new Map(data.areas.map((a) => [a.code, a]));
    const buurtSes = data.ses.filter((r) => r.level === "buurt");
    expect(buurtSes.length).toBe(ofLevel("buurt").length);
    const suppressed = buurtSes.filter((r) => r.ses_total === null);
    expect(suppressed.length).toBeGreaterThan(200);
    expect(
      failures(buurtSes, (r) => {
        const a = areas.get(r.code)!;
        const small = (a.households ?? 0) < 50 || (a.inhabitants ?? 0) < 100;
        const scores = [r.ses_total, r.ses_welvaart, r.ses_opleiding, r.ses_arbeid, r.ses_spread];
        return (small ? scores.some((v) => v !== null) : scores.some((v) => v === null)) && r.code;
      }),
    ).toEqual([]);
    expect(data.ses.filter((r) => r.level === "gemeente" && r.ses_total !== null).length).toBe(350);
  });

  it("has every safety measure for every gemeente, with about 140 published survey estimates", () => {
    expect(data.safety.length).toBe(350 * SAFETY_MEASURES.length);
    const survey = data.safety.filter((r) => r.measure === "onveilig_buurt");
    const published = survey.filter((r) => r.value !== null);
    expect(published.length).toBeGreaterThanOrEqual(130);
    expect(published.length).toBeLessThanOrEqual(150);
    for (const r of published)
      (expect(r.respondents).toBeGreaterThanOrEqual(300), expect(r.respondents).toBeLessThanOrEqual(3000));
    for (const r of survey.filter((r) => r.value === null)) expect(r.respondents).toBeNull();
    for (const r of data.safety.filter((r) => r.measure !== "onveilig_buurt")) expect(r.value).toBeGreaterThan(0);
  });

  it("says plainly in provenance that it is synthetic", () => {
    const p = data.provenance;
    expect(p.source).toBe("demo");
    expect(p.synthetic).toBe(true);
    expect(p.label).toMatch(/synthetisch/i);
    expect(p.generator).toEqual({name: "demoland", version: expect.any(String), seed: DEFAULT_SEED});
    expect(p.tables.find((t) => t.table === "lbm")?.rows).toBe(data.lbm.length);
    expect(p.tables.every((t) => t.retrieved === null)).toBe(true);
  });
});

describe("Demoland geometry", () => {
  const topology = () => data.geometry as Topology;

  it.each(["buurt", "wijk", "gemeente"] as const)("has one feature per %s, id = code, name = area name", (level) => {
    const features = feature(topology(), topology().objects[level]) as unknown as GeoJSON.FeatureCollection;
    const names = new Map(ofLevel(level).map((a) => [a.code, a.name]));
    expect(features.features.map((f) => f.id).sort()).toEqual([...names.keys()].sort());
    for (const f of features.features) expect(f.properties?.name).toBe(names.get(f.id as string));
  });

  it("has the provincies", () => {
    const features = feature(topology(), topology().objects.provincie) as unknown as GeoJSON.FeatureCollection;
    expect(features.features.map((f) => f.id).sort()).toEqual(
      [...new Set(data.areas.map((a) => a.provincie_code))].sort(),
    );
  });

  it("uses d3-geo winding and lies where the Netherlands is", () => {
    for (const level of ["buurt", "wijk", "gemeente", "provincie"]) {
      const features = (feature(topology(), topology().objects[level]) as unknown as GeoJSON.FeatureCollection)
        .features;
      expect(failures(features, (f) => !(geoArea(f) < 0.01) && `${level} ${f.id}`)).toEqual([]);
      const [[w, s], [e, n]] = geoBounds({type: "FeatureCollection", features} as GeoJSON.FeatureCollection);
      expect(w).toBeGreaterThanOrEqual(3.4);
      expect(e).toBeLessThanOrEqual(7.2);
      expect(s).toBeGreaterThanOrEqual(50.8);
      expect(n).toBeLessThanOrEqual(53.5);
    }
  });

  it("has centroids inside the country's bounds", () => {
    expect(
      failures(
        data.areas,
        (a) =>
          !(a.centroid_lon! > 3.4 && a.centroid_lon! < 7.2 && a.centroid_lat! > 50.8 && a.centroid_lat! < 53.5) &&
          a.code,
      ),
    ).toEqual([]);
  });

  it("stays compact (guard against growth; see report for the 1.5 MB target)", async () => {
    expect((await readFile(built.path("geometry"))).length).toBeLessThan(3.5 * 1024 * 1024);
  });
});

describe("determinism", () => {
  let dir: string;
  afterAll(async () => dir && (await rm(dir, {recursive: true, force: true})));

  it("writes byte-identical files for the same seed", async () => {
    dir = await mkdtemp(join(tmpdir(), "demoland-"));
    await writeDemoland(dir, DEFAULT_SEED);
    for (const file of Object.values(OUTPUTS)) {
      const [a, b] = await Promise.all([readFile(join(dir, file)), readFile(join(built.dir, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  }, 60_000);

  it("gives the same truth in memory as on disk", async () => {
    expect(JSON.parse(await readFile(built.path("truth"), "utf8"))).toEqual(JSON.parse(JSON.stringify(truth)));
  });

  it("changes with the seed", () => {
    const other = generateDemoland({seed: 7});
    expect(other.dataset.areas.map((a) => a.name).slice(0, 50)).not.toEqual(data.areas.map((a) => a.name).slice(0, 50));
    expect(validateDataset(other.dataset)).toEqual([]);
  }, 60_000);
});
