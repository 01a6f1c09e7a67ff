// The source registry: overridable by a JSON file without code changes, with clear errors.
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {DEFAULT_REGISTRY, expandUrl, loadRegistry} from "../../data-loaders/official/registry.ts";
import {temporaryDir} from "./helpers.ts";

let temp: Awaited<ReturnType<typeof temporaryDir>>;
beforeAll(async () => void (temp = await temporaryDir("registry")));
afterAll(() => temp.remove());

describe("source registry", () => {
  it("lists every source with publisher, licence and a URL on a known host", () => {
    for (const source of [DEFAULT_REGISTRY.lbm, DEFAULT_REGISTRY.geometry, ...Object.values(DEFAULT_REGISTRY.cbs)]) {
      expect(source.publisher).toBeTruthy();
      expect(source.licence).toMatch(/CC/);
    }
    for (const source of Object.values(DEFAULT_REGISTRY.cbs))
      expect(expandUrl(source.url, DEFAULT_REGISTRY.hosts)).toMatch(new RegExp(`^https://.*/${source.table}$`));
    expect(expandUrl(DEFAULT_REGISTRY.cbs.crimeWijk.url, DEFAULT_REGISTRY.hosts)).toBe(
      "https://dataderden.cbs.nl/ODataApi/odata/47018NED",
    );
  });

  it("deep-merges a JSON config: one table id and one column title change, the rest stays", async () => {
    const path = join(temp.dir, "sources.json");
    await writeFile(
      path,
      JSON.stringify({
        cbs: {
          ses: {
            table: "85539NED",
            url: "{cbs}/85539NED",
            years: [2021],
            columns: {households: {title: "^Huishoudens"}},
          },
        },
      }),
    );
    const registry = loadRegistry(path);
    expect(registry.cbs.ses).toMatchObject({table: "85539NED", years: [2021], format: "cbs-odata3"});
    expect(registry.cbs.ses.columns.households).toEqual({title: "^Huishoudens"});
    expect(registry.cbs.ses.columns.ses_total).toEqual(DEFAULT_REGISTRY.cbs.ses.columns.ses_total);
    expect(registry.cbs.kwb).toEqual(DEFAULT_REGISTRY.cbs.kwb);
  });

  it("rejects unknown top-level keys, bad JSON and unknown host placeholders by name", async () => {
    const typo = join(temp.dir, "typo.json");
    await writeFile(typo, JSON.stringify({host: {}}));
    expect(() => loadRegistry(typo)).toThrow(
      /LBM_SOURCES_CONFIG=.*typo\.json: unknown key\(s\) host; known: boundaryYear, hosts/,
    );
    const broken = join(temp.dir, "broken.json");
    await writeFile(broken, "{");
    expect(() => loadRegistry(broken)).toThrow(/broken\.json: cannot read it as JSON/);
    expect(() => expandUrl("{cbss}/84799NED", DEFAULT_REGISTRY.hosts)).toThrow(/unknown host placeholder \{cbss\}/);
  });

  it("uses the defaults without a config", () => expect(loadRegistry(undefined)).toBe(DEFAULT_REGISTRY));
});
