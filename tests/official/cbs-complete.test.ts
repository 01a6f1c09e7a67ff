// Complete CBS tables or a clear stop: the standard API's 10,000-cell cap (CBS's own documented
// limit) is got round through the bulk feed, asked for JSON on every page; the rows received are
// checked against TypedDataSet/$count; a short table stops the build and leaves the cache; years and
// regions are filtered on the server; one progress line per page; the cache doubles as an offline
// directory.
import {existsSync} from "node:fs";
import {cp, readdir} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, beforeEach, describe, expect, it} from "vitest";
import {readCbsTable} from "../../data-loaders/official/cbs.ts";
import {readBoundaries} from "../../data-loaders/official/geometry.ts";
import {DEFAULT_REGISTRY, deepMerge, feedUrl} from "../../data-loaders/official/registry.ts";
import type {FetchContext} from "../../data-loaders/official/fetch.ts";
import {fixtureParts} from "./fixtures/index.ts";
import {DEFAULT_SERVICE_OPTIONS} from "./fixtures/services.ts";
import {registryFor, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

/** Kerncijfers with 2,000 more buurten: 2,021 rows × 6 asked columns = 12,126 cells, over the API's 10,000. */
function largeKwbParts() {
  const parts = fixtureParts();
  const template = parts.kwb.rows.at(-1)!;
  for (let i = 0; i < 2000; i++) {
    const code = `BU98${String(i).padStart(6, "0")}`;
    parts.kwb.rows.push({...template, WijkenEnBuurten: code, Codering_3: code});
  }
  return parts;
}
const LARGE_ROWS = largeKwbParts().kwb.rows.length;
const FEED_PAGE = 500;
const API_ROWS = Math.floor(10_000 / 6);
const n = (count: number) => count.toLocaleString("en-US");

let large: Publisher;
let small: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let logged: string[];
let ctx: FetchContext;

beforeAll(async () => {
  large = await startPublisher(largeKwbParts(), {pageSize: FEED_PAGE});
  small = await startPublisher();
  temp = await temporaryDir("cbs-complete");
});
afterAll(async () => {
  await Promise.all([large.close(), small.close()]);
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
  Object.assign(large.options, DEFAULT_SERVICE_OPTIONS, {pageSize: FEED_PAGE});
});

const readKwb = (override: unknown = {}) => {
  const registry = registryFor(large, override);
  return readCbsTable(registry.cbs.kwb, registry.hosts, ctx);
};
const since = (publisher: Publisher, before: number) => publisher.requests.slice(before);

describe("CBS tables come complete or not at all", () => {
  it("the registry reads OData v3 tables from CBS's bulk feed, which follows a table id changed in the config", () => {
    const hosts = DEFAULT_REGISTRY.hosts;
    expect(feedUrl(DEFAULT_REGISTRY.cbs.kwb, hosts)).toBe("https://opendata.cbs.nl/ODataFeed/odata/84799NED");
    expect(feedUrl(DEFAULT_REGISTRY.cbs.crimeWijk, hosts)).toBe("https://dataderden.cbs.nl/ODataFeed/odata/47018NED");
    const ses = deepMerge(DEFAULT_REGISTRY, {cbs: {ses: {table: "85539NED", url: "{cbs}/85539NED"}}}).cbs.ses;
    expect(feedUrl(ses, hosts)).toBe("https://opendata.cbs.nl/ODataFeed/odata/85539NED");
    expect(feedUrl({...ses, feed: null}, hosts)).toBeNull();
  });

  it("the fixture feed answers Atom XML unless asked for JSON, like CBS's ODataFeed", async () => {
    const url = `${large.origin}/feed/cbs/84799NED/TypedDataSet`;
    const atom = await fetch(url);
    expect(atom.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    expect(await atom.text()).toMatch(/^<\?xml[^>]*\?><feed [^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const json = await fetch(`${url}?$format=json`);
    expect((await json.json()).value).toHaveLength(FEED_PAGE);
  });

  it("a table over the standard API's 10,000-cell cap comes complete from the bulk feed, each page asked as JSON", async () => {
    const before = large.requests.length;
    const {table} = await readKwb();
    expect(table.rows).toHaveLength(LARGE_ROWS);
    expect(new Set(table.rows.map((r) => r.WijkenEnBuurten)).size).toBe(LARGE_ROWS);
    const requests = since(large, before);
    const dataPages = requests.filter((r) => r.startsWith("/feed/cbs/84799NED/TypedDataSet?"));
    expect(dataPages).toHaveLength(Math.ceil(LARGE_ROWS / FEED_PAGE));
    expect(requests.filter((r) => r.startsWith("/feed/")).every((r) => r.includes("$format=json"))).toBe(true);
    // The standard API is asked only for the count, never for rows it would cut off.
    expect(requests.filter((r) => r.startsWith("/cbs/84799NED/TypedDataSet"))).toEqual([
      "/cbs/84799NED/TypedDataSet/$count",
    ]);
  });

  it("without the feed, the capped standard API answer is refused as a short table, naming both counts", async () => {
    // 10,000 cells / 6 columns = 1,666 rows is all the API gives, and it does not say so.
    await expect(readKwb({cbs: {kwb: {feed: null}}})).rejects.toThrow(
      new RegExp(
        `84799NED/TypedDataSet.*received ${n(API_ROWS)} rows in 1 page\\(s\\), but the table has ${n(LARGE_ROWS)} ` +
          `\\(.*/cbs/84799NED/TypedDataSet/\\$count\\).*set the source's "feed"`,
      ),
    );
  });

  it("logs one progress line per page: '84799NED: page 3/5, 1,500 rows'", async () => {
    await readKwb();
    const lines = logged.filter((l) => l.includes("84799NED: page"));
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/84799NED: page 3\/5, 1,500 rows$/);
    expect(lines[4]).toMatch(new RegExp(`84799NED: page 5/5, ${n(LARGE_ROWS)} rows$`));
  });

  it("keeps asking for JSON when a nextLink leaves $format=json out", async () => {
    large.options.nextLinkWithoutFormat = true;
    const before = large.requests.length;
    const {table} = await readKwb();
    expect(table.rows).toHaveLength(LARGE_ROWS);
    const feed = since(large, before).filter((r) => r.startsWith("/feed/cbs/84799NED/TypedDataSet?"));
    expect(feed.length).toBeGreaterThanOrEqual(5);
    expect(feed.every((r) => r.includes("$format=json"))).toBe(true);
  });

  it("refuses a nextLink chain that ends early and removes its pages and count from the cache, so the next run starts afresh", async () => {
    large.options.feedBreaksAfter = 2;
    await expect(readKwb()).rejects.toThrow(
      new RegExp(`received 1,000 rows in 2 page\\(s\\), but the table has ${n(LARGE_ROWS)}`),
    );
    const cached = await readdir(join(ctx.cacheDir, "84799NED"));
    expect(cached).toContain("DataProperties.json");
    expect(cached.filter((name) => name.startsWith("TypedDataSet"))).toEqual([]);
    large.options.feedBreaksAfter = null;
    expect((await readKwb()).table.rows).toHaveLength(LARGE_ROWS);
  });

  it("asks the server for the configured years and regions only, and gets exactly the rows the build keeps", async () => {
    const registry = registryFor(small);
    const before = small.requests.length;
    const crime = await readCbsTable(registry.cbs.crime, registry.hosts, ctx);
    const ses = await readCbsTable(registry.cbs.ses, registry.hosts, ctx);
    const requests = since(small, before);
    const crimeFilter = "$filter=Perioden eq '2019JJ00' and startswith(RegioS,'GM')";
    expect(requests).toContain(`/cbs/83648NED/TypedDataSet/$count?${crimeFilter}`);
    const crimePages = requests.filter((r) => r.startsWith("/feed/cbs/83648NED/TypedDataSet?"));
    expect(crimePages.length).toBeGreaterThan(0);
    expect(crimePages.every((r) => r.includes(crimeFilter))).toBe(true);
    // Reference: the fixture's own crime rows, filtered here in the test.
    const expected = fixtureParts().crime.rows.filter(
      (r) => r.Perioden === "2019JJ00" && String(r.RegioS).startsWith("GM"),
    );
    expect(crime.table.rows).toHaveLength(expected.length);
    expect(crime.table.rows.map((r) => `${r.SoortMisdrijf}|${r.RegioS}`).sort()).toEqual(
      expected.map((r) => `${r.SoortMisdrijf}|${r.RegioS}`).sort(),
    );
    const observations = requests.filter((r) => r.startsWith("/cbs4/85163NED/Observations?"));
    expect(observations.every((r) => r.includes("$filter=Perioden eq '2019JJ00' and (Measure eq 'M001'"))).toBe(true);
    expect(new Set(ses.table.rows.map((r) => r.Perioden))).toEqual(new Set(["2019JJ00"]));
    const areasWithSes = new Set(fixtureParts().ses.observations.map((o) => o.WijkenEnBuurten));
    expect(ses.table.rows).toHaveLength(areasWithSes.size);
  });

  it("rereads every table and layer from a warm cache without a request, and from an offline copy of the cache", async () => {
    const registry = registryFor(small);
    const readAll = async (context: FetchContext) => ({
      tables: await Promise.all(
        Object.values(registry.cbs)
          .filter((source) => source.enabled !== false)
          .map(async (source) => (await readCbsTable(source, registry.hosts, context)).table.rows),
      ),
      boundaries: (await readBoundaries(registry.geometry, registry.hosts, context)).features,
    });
    const first = await readAll(ctx);
    const before = small.requests.length;
    expect(await readAll(ctx)).toEqual(first);
    expect(small.requests.length).toBe(before);
    // Stable, distinct names per page: the download cache's layout is the offline directory's.
    const names = await readdir(ctx.cacheDir, {recursive: true});
    for (const name of [
      "84799NED/DataProperties.json",
      "84799NED/TypedDataSet.count.txt",
      "84799NED/TypedDataSet.json",
      "84799NED/TypedDataSet-2.json",
      "84799NED/WijkenEnBuurten-2.json",
      "85163NED/Observations.count.txt",
      "85163NED/Observations-2.json",
      "pdok-buurt.json",
      "pdok-buurt-2.json",
      "pdok-wijk-2.json",
    ])
      expect(names).toContain(`${name}.meta.json`);
    const offline = join(temp.dir, "offline");
    await cp(ctx.cacheDir, offline, {recursive: true});
    const unused = join(temp.dir, "unused");
    expect(await readAll({...ctx, cacheDir: unused, offlineDir: offline})).toEqual(first);
    expect(small.requests.length).toBe(before);
    expect(existsSync(unused)).toBe(false);
  });
});
