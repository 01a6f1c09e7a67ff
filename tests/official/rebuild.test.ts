// Every rebuild works and gives the same result: cold cache, warm cache with the publisher gone,
// a changed configuration, an offline directory. And an LBM zip that lacks the wijk and gemeente
// files does not build silently: the log warns and provenance says which levels are missing.
import {cp} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Dataset} from "../../data-loaders/contract/index.ts";
import {validateDataset} from "../../data-loaders/contract/index.ts";
import {fixtureParts} from "./fixtures/index.ts";
import {registryFor, runPipeline, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let cold: Dataset;
let registry: ReturnType<typeof registryFor>;
// Offline, provenance names the local copy of a StatLine CSV and the time it was read.
const withoutRetrieval = (data: Dataset) => ({
  ...data,
  provenance: {
    ...data.provenance,
    tables: data.provenance.tables.map((t) => ({...t, retrieved: null, url: null})),
  },
});

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("rebuild");
  registry = registryFor(publisher);
  cold = await runPipeline(publisher, {registry, cacheDir: join(temp.dir, "downloads")});
  // From here on no request can be answered: every rebuild must come from the cache or the directory.
  await publisher.close();
});
afterAll(async () => {
  await temp.remove();
});

describe("rebuilds", () => {
  it("a second build from the warm download cache, with the publisher stopped, gives the same dataset", async () => {
    expect(validateDataset(cold)).toEqual([]);
    const warm = await runPipeline(publisher, {registry, cacheDir: join(temp.dir, "downloads")});
    expect(warm).toEqual(cold);
  });

  it("a changed configuration rebuilds from the warm cache", async () => {
    const changed = registryFor(publisher, {lbm: {roundingTolerance: 0.002}, geometry: {quantization: 1e6}});
    const warm = await runPipeline(publisher, {registry: changed, cacheDir: join(temp.dir, "downloads")});
    expect({...warm, geometry: null}).toEqual({...cold, geometry: null});
  });

  it("an offline directory copied from the cache gives the same tables", async () => {
    await cp(join(temp.dir, "downloads"), join(temp.dir, "offline"), {recursive: true});
    const offline = await runPipeline(publisher, {
      registry,
      cacheDir: join(temp.dir, "unused"),
      offlineDir: join(temp.dir, "offline"),
    });
    expect(withoutRetrieval(offline)).toEqual(withoutRetrieval(cold));
  });
});

describe("an LBM zip without wijk and gemeente files", () => {
  it("builds the buurten, warns in the build log and notes the missing levels in provenance", async () => {
    const parts = fixtureParts();
    const only = parts.lbmCsv as Partial<typeof parts.lbmCsv>;
    delete only.wijken;
    delete only.gemeenten;
    const partial = await startPublisher(parts);
    try {
      const log: string[] = [];
      const data = await runPipeline(partial, {cacheDir: join(temp.dir, "partial"), log: (line) => log.push(line)});
      expect(new Set(data.lbm.map((r) => r.level))).toEqual(new Set(["buurt"]));
      const warnings = log.filter((line) => line.includes("warning"));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(/open-data-leefbaarometer-meting-2022\.zip has no wijk file .*lbm\.files\.wijk/);
      expect(warnings[1]).toMatch(/has no gemeente file .*lbm\.files\.gemeente/);
      const note = data.provenance.tables.find((t) => t.table === "lbm")!.note;
      expect(note).toMatch(/Geen wijk- en gemeentebestand in de zip: geen Leefbaarometer-scores per wijk of gemeente/);
    } finally {
      await partial.close();
    }
  });
});
