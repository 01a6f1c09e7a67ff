// Complete PDOK layers or a clear stop: the WFS caps each GetFeature answer (the fixture at 3
// features, PDOK at about 1,000), so layers are paged with count/startIndex until numberMatched; a
// layer that comes back short stops the build and leaves the cache; parts that share a code (a
// buurt's land and water) become one area with one map id and the whole area's centroid.
import {geoCentroid} from "d3-geo";
import type {Feature, Polygon} from "geojson";
import {readdir} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import type {FetchContext} from "../../data-loaders/official/fetch.ts";
import {centroidsOf, readBoundaries, toTopology} from "../../data-loaders/official/geometry.ts";
import {pageUrl} from "../../data-loaders/official/wfs.ts";
import {fixtureParts, type Parts} from "./fixtures/index.ts";
import {DEFAULT_SERVICE_OPTIONS} from "./fixtures/services.ts";
import {registryFor, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let logged: string[];
let ctx: FetchContext;

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("boundaries");
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});
beforeEach((test) => {
  logged = [];
  ctx = {
    cacheDir: join(temp.dir, test.task.name.replace(/\W+/g, "-").slice(0, 60)),
    attempts: 1,
    backoffMs: 1,
    log: (line) => logged.push(line),
  };
  Object.assign(publisher.options, DEFAULT_SERVICE_OPTIONS);
  publisher.publish(fixtureParts());
});

const read = (override: unknown = {}) => {
  const registry = registryFor(publisher, override);
  return readBoundaries(registry.geometry, registry.hosts, ctx);
};
const BUURT_FEATURES = fixtureParts().pdok.buurt.features.length;

/** Buurt BU99010101 as a land part (west 60%) and a water part (east 40%) with the same code. */
function withLandAndWater(parts: Parts): Parts {
  const features = parts.pdok.buurt.features;
  const index = features.findIndex((f) => f.properties!.buurtcode === "BU99010101");
  const whole = features[index] as Feature<Polygon>;
  const [[x0, y0], [x1], [, y1]] = whole.geometry.coordinates[0];
  const split = x0 + (x1 - x0) * 0.6;
  const rectangle = (a: number, b: number) => [
    [
      [a, y0],
      [b, y0],
      [b, y1],
      [a, y1],
      [a, y0],
    ],
  ];
  const part = (water: string, a: number, b: number) => ({
    ...whole,
    properties: {...whole.properties, water},
    geometry: {type: "Polygon" as const, coordinates: rectangle(a, b)},
  });
  features.splice(index, 1, part("NEE", x0, split), part("JA", split, x1));
  return parts;
}

describe("PDOK layers come complete or not at all", () => {
  it("pages a WFS layer over the service's cap with count/startIndex until numberMatched", async () => {
    const before = publisher.requests.length;
    const boundaries = await read();
    expect(boundaries.features.buurt).toHaveLength(BUURT_FEATURES);
    const buurtPages = publisher.requests
      .slice(before)
      .filter((r) => r.includes("typeName=wijkenbuurten2020:cbs_buurten_2020"));
    expect(buurtPages.map((r) => /count=(\d+)&startIndex=(\d+)$/.exec(r)?.slice(1))).toEqual([
      ["1000", "0"],
      ["1000", "3"],
      ["1000", "6"],
    ]);
    expect(logged).toContain(`[official] PDOK buurt: page 3/3, ${BUURT_FEATURES} features`);
  });

  it("refuses a layer that comes back short of numberMatched and removes its pages from the cache", async () => {
    publisher.options.wfsLosesFrom = 5;
    await expect(read()).rejects.toThrow(
      new RegExp(
        `typeName=wijkenbuurten2020:cbs_buurten_2020.*received 5 features in 3 page\\(s\\), but the service reports numberMatched ${BUURT_FEATURES}`,
      ),
    );
    expect((await readdir(ctx.cacheDir)).filter((name) => name.startsWith("pdok-buurt"))).toEqual([]);
    publisher.options.wfsLosesFrom = null;
    expect((await read()).features.buurt).toHaveLength(BUURT_FEATURES);
  });

  it("asks each page with its own count and startIndex, replacing any the configured URL had", () => {
    expect(pageUrl("https://x.test/wfs?request=GetFeature&count=50&typeName=a:b&startIndex=7", 1000, 2000)).toBe(
      "https://x.test/wfs?request=GetFeature&typeName=a:b&count=1000&startIndex=2000",
    );
  });

  it("reads a layer URL that is not a WFS GetFeature (a GeoJSON file) whole, in one request", async () => {
    const before = publisher.requests.length;
    const boundaries = await read({geometry: {layers: {buurt: {url: "{pdok}/buurt.json"}}}});
    expect(boundaries.features.buurt).toHaveLength(BUURT_FEATURES);
    expect(publisher.requests.slice(before).filter((r) => r.startsWith("/pdok/buurt.json"))).toEqual([
      "/pdok/buurt.json",
    ]);
  });

  it("dissolves land and water parts that share a buurt code into one area with one map id and the whole area's centroid", async () => {
    const whole = centroidsOf(await read()).get("BU99010101")!;
    publisher.publish(withLandAndWater(fixtureParts()));
    ctx.cacheDir += "-split";
    const boundaries = await read();
    expect(
      publisher.services.wfs
        .get("wijkenbuurten2020:cbs_buurten_2020")!
        .features.filter((f) => f.properties!.buurtcode === "BU99010101"),
    ).toHaveLength(2);
    const ids = boundaries.features.buurt.map((f) => f.id);
    expect(ids).toHaveLength(new Set(ids).size);
    const haven = boundaries.features.buurt.filter((f) => f.id === "BU99010101");
    expect(haven).toHaveLength(1);
    // The shared edge is gone: one polygon, not two touching ones.
    expect(haven[0].geometry).toMatchObject({type: "MultiPolygon", coordinates: [expect.any(Array)]});
    const [lon, lat] = geoCentroid(haven[0]);
    expect(lon).toBeCloseTo(whole[0], 9);
    expect(lat).toBeCloseTo(whole[1], 9);
    expect(centroidsOf(boundaries).get("BU99010101")![0]).toBeCloseTo(whole[0], 9);
    const topology = toTopology(boundaries.features, registryFor(publisher).geometry);
    const mapIds = (topology.objects.buurt as {geometries: {id?: string | number}[]}).geometries.map((g) => g.id);
    expect(mapIds.filter((id) => id === "BU99010101")).toHaveLength(1);
  });
});
