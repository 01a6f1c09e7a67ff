// The official pipeline end to end against the fake publisher: contract-valid tables, trimmed codes,
// suppressed values kept null, paging followed, coverage reported, geometry ready for d3.
import {geoArea} from "d3-geo";
import type {Feature} from "geojson";
import {cp, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {feature} from "topojson-client";
import type {GeometryCollection, Topology} from "topojson-specification";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {validateDataset, type Dataset} from "../../data-loaders/contract/index.ts";
import {startPublisher, type Publisher} from "./publisher.ts";
import {runPipeline, temporaryDir} from "./helpers.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let data: Dataset;

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("pipeline");
  data = await runPipeline(publisher, {cacheDir: join(temp.dir, "downloads")});
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});

describe("official pipeline on the fixture publisher", () => {
  it("produces tables that satisfy the contract", () => {
    expect(validateDataset(data)).toEqual([]);
    expect(data.areas.filter((a) => a.level === "buurt")).toHaveLength(8);
    expect(data.provenance.source).toBe("official");
    expect(data.provenance.synthetic).toBe(false);
  });

  it("trims padded codes, drops the national row and fills the hierarchy from Gebieden in Nederland", () => {
    const haven = data.areas.find((a) => a.code === "BU99010101")!;
    expect(haven).toMatchObject({
      name: "Haven",
      level: "buurt",
      wijk_code: "WK990101",
      gemeente_code: "GM9901",
      gemeente_name: "Proefstad",
      corop_code: "CR98",
      provincie_code: "PV98",
      provincie_name: "Proefprovincie",
      size_class: "<20k",
    });
    expect(data.areas.some((a) => a.code.startsWith("NL"))).toBe(false);
    expect(haven.centroid_lon).toBeGreaterThan(3);
    expect(haven.centroid_lat).toBeGreaterThan(50);
  });

  it("follows odata.nextLink and @odata.nextLink to the last page", () => {
    const pages = (prefix: string) => publisher.requests.filter((r) => r.startsWith(prefix));
    expect(pages("/feed/cbs/84799NED/TypedDataSet?").at(-1)).toMatch(/&\$skip=12$/);
    expect(pages("/cbs4/85163NED/Observations?").length).toBeGreaterThan(10);
  });

  it("keeps the published Leefbaarometer scores within rounding, with afw exactly the sum of the dimensions", () => {
    const row = data.lbm.find((r) => r.code === "BU99010100" && r.year === 2020)!;
    expect(row.afw).toBeCloseTo(row.won! + row.fys! + row.vrz! + row.soc! + row.onv!, 12);
    expect(data.provenance.lbm_base).toBeCloseTo(4.0456, 4);
    expect([...new Set(data.lbm.map((r) => r.year))].sort()).toEqual([2014, 2018, 2020, 2022]);
    expect(new Set(data.lbm.map((r) => r.level))).toEqual(new Set(["buurt", "wijk", "gemeente"]));
  });

  it("reads SES-WOA from OData v4 by title path, keeps suppressed values null and only the configured year", () => {
    expect(new Set(data.ses.map((r) => r.year))).toEqual(new Set([2019]));
    expect(data.ses.find((r) => r.code === "BU99030101")).toMatchObject({
      ses_total: null,
      ses_spread: null,
      households: expect.any(Number),
    });
    const gm = data.ses.find((r) => r.code === "GM9901")!;
    expect(gm).toMatchObject({
      ses_total: 0.1,
      ses_welvaart: 0.05,
      ses_opleiding: 0.2,
      ses_arbeid: -0.02,
      ses_spread: 0.4,
    });
  });

  it("builds safety measures from OData v3 and a StatLine CSV (decimal comma); 81877NED has no respondents", () => {
    const of = (measure: string, code: string) => data.safety.find((r) => r.measure === measure && r.code === code);
    expect(of("drugshandel", "GM9901")?.value).toBeCloseTo(0.6, 9);
    expect(of("verdachten_drugs", "GM9902")?.value).toBeCloseTo(2.1, 9);
    expect(of("verdachten_drugs", "GM9903")?.value).toBeNull();
    expect(of("verdachten_vermogen", "GM9901")?.value).toBeCloseTo(1.75, 9);
    const unsafe = of("onveilig_buurt", "GM9901")!;
    expect(unsafe.value).toBe(20);
    expect(unsafe.respondents).toBeNull();
    expect(of("onveilig_buurt", "GM9903")).toBeUndefined();
    expect(data.safety.every((r) => r.year === 2019)).toBe(true);
  });

  it("reports join coverage both ways, naming unmatched codes and the inhabitants they hold", () => {
    const lbmIn = data.provenance.joins.find((j) => j.join === "Leefbaarometer (buurt) → gebieden 2020")!;
    expect(lbmIn).toMatchObject({matched: 8, unmatched: 1, unmatched_examples: ["BU99019999"]});
    const vm = data.provenance.joins.find((j) => j.join.startsWith("gebieden 2020 (gemeente) zonder onveilig_buurt"))!;
    const meetwoud = data.areas.find((a) => a.code === "GM9903")!;
    expect(vm).toMatchObject({
      matched: 2,
      unmatched: 1,
      unmatched_inhabitants: meetwoud.inhabitants,
      unmatched_examples: ["GM9903"],
    });
    const borders = data.provenance.joins.find((j) => j.join === "grenzen (buurt) → gebieden 2020")!;
    expect(borders).toMatchObject({unmatched: 1, unmatched_examples: ["BU99019998"]});
  });

  it("produces WGS84 TopoJSON with the four objects, ids = codes, {name}, and d3 winding", () => {
    const topo = data.geometry as Topology;
    expect(Object.keys(topo.objects).sort()).toEqual(["buurt", "gemeente", "provincie", "wijk"]);
    for (const name of ["buurt", "wijk", "gemeente", "provincie"]) {
      const features = (feature(topo, topo.objects[name] as GeometryCollection) as unknown as {features: Feature[]})
        .features;
      expect(features.length).toBeGreaterThan(0);
      for (const f of features) {
        expect(geoArea(f)).toBeLessThan(2 * Math.PI);
        expect(f.properties).toEqual({name: expect.any(String)});
      }
    }
    const buurten = (topo.objects.buurt as GeometryCollection).geometries.map((g) => g.id).sort();
    expect(buurten).toEqual(
      data.areas
        .filter((a) => a.level === "buurt")
        .map((a) => a.code)
        .sort(),
    );
    const provincies = (topo.objects.provincie as GeometryCollection).geometries.map((g) => g.id).sort();
    expect(provincies).toEqual(["PV98", "PV99"]);
  });

  it("records sources, URLs, licences and retrieval times for the data banner and the methods page", () => {
    const tables = data.provenance.tables;
    expect(new Set(tables.map((t) => t.table))).toEqual(new Set(["areas", "lbm", "ses", "safety", "geometry"]));
    for (const t of tables) {
      expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(t.retrieved).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(t.licence).toMatch(/CC/);
      expect(t.rows).toBeGreaterThan(0);
    }
  });
});

describe("build.ts with LBM_SOURCE=official", () => {
  it("writes every output once, reuses it, and also builds from an offline directory without network", async () => {
    const config = join(temp.dir, "sources.json");
    await writeFile(config, JSON.stringify(publisher.config()));
    const saved = {config: process.env.LBM_SOURCES_CONFIG, offline: process.env.LBM_OFFLINE_DIR};
    process.env.LBM_SOURCES_CONFIG = config;
    try {
      const built = await buildDataset({source: "official", cacheRoot: join(temp.dir, "cache")});
      const provenance = JSON.parse(await readFile(built.path("provenance"), "utf8"));
      expect(provenance).toMatchObject({source: "official", synthetic: false, generator: null});
      expect(await readFile(built.path("truth"), "utf8")).toBe("null");
      const requests = publisher.requests.length;
      expect((await buildDataset({source: "official", cacheRoot: join(temp.dir, "cache")})).dir).toBe(built.dir);
      expect(publisher.requests.length).toBe(requests);

      // The download cache has the same relative names an offline directory needs.
      await cp(join(temp.dir, "cache", "official-downloads"), join(temp.dir, "offline"), {recursive: true});
      process.env.LBM_OFFLINE_DIR = join(temp.dir, "offline");
      const offline = await buildDataset({source: "official", cacheRoot: join(temp.dir, "cache2")});
      expect(offline.dir).not.toBe(built.dir);
      expect(publisher.requests.length).toBe(requests);
      expect(await readFile(offline.path("areas"))).toEqual(await readFile(built.path("areas")));
    } finally {
      for (const [key, value] of [
        ["LBM_SOURCES_CONFIG", saved.config],
        ["LBM_OFFLINE_DIR", saved.offline],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
