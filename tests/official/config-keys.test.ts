// LBM_SOURCES_CONFIG typos at any depth are refused with the key path and the keys known there,
// instead of being merged along unread while the default silently stays in force.
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadRegistry} from "../../data-loaders/official/registry.ts";
import {temporaryDir} from "./helpers.ts";

let temp: Awaited<ReturnType<typeof temporaryDir>>;
let n = 0;
beforeAll(async () => void (temp = await temporaryDir("config-keys")));
afterAll(() => temp.remove());

async function load(config: unknown) {
  const path = join(temp.dir, `config-${n++}.json`);
  await writeFile(path, JSON.stringify(config));
  return () => loadRegistry(path);
}

describe("nested keys of LBM_SOURCES_CONFIG", () => {
  it.each([
    [
      {cbs: {ses: {yaers: [2021]}}},
      /unknown key\(s\) cbs\.ses\.yaers; known in cbs\.ses: kind, name, .*years, columns/,
    ],
    [{lbm: {colums: {}}}, /lbm\.colums; known in lbm: kind, name, publisher, licence, url, files, .*columns/],
    [{lbm: {columns: {lmb: {title: "^lbm$"}}}}, /lbm\.columns\.lmb; known in lbm\.columns: code, year, lbm, afw/],
    [
      {cbs: {ses: {columns: {ses_total: {titel: "x"}}}}},
      /cbs\.ses\.columns\.ses_total\.titel; known .*: key, keyPrefix, title/,
    ],
    [
      {geometry: {layers: {buurt: {ulr: "x"}}}},
      /geometry\.layers\.buurt\.ulr; known in geometry\.layers\.buurt: url, code, name/,
    ],
    [
      {safety: [{measure: "x", source: "vm", value: "unsafe", wehre: []}]},
      /safety\[0\]\.wehre; known in safety\[0\]: measure/,
    ],
    [{safety: [{measure: "x", source: "vm", value: "v", where: [{colum: "a"}]}]}, /safety\[0\]\.where\[0\]\.colum/],
  ])("refuses %j", async (config, message) => {
    const read = await load(config);
    expect(read).toThrow(/LBM_SOURCES_CONFIG=.*config-\d+\.json: unknown key/);
    expect(read).toThrow(message);
  });

  it("lists every misspelt key of one file in one message", async () => {
    const read = await load({cbs: {ses: {yaers: [2021], tabel: "x"}, vm: {enabeld: true}}, lbm: {colums: {}}});
    expect(read).toThrow(
      /cbs\.ses\.yaers, cbs\.ses\.tabel; known in cbs\.ses: .*\. cbs\.vm\.enabeld; .*\. lbm\.colums;/,
    );
  });

  it("accepts the free names: new hosts, new CBS sources, new column rules, enabling 85146NED", async () => {
    const registry = (
      await load({
        hosts: {mirror: "https://mirror.example"},
        cbs: {
          vmSocial: {enabled: true},
          ses: {columns: {extra: {title: "^Extra"}}},
          own: {kind: "cbs", table: "99999NED", url: "{mirror}/99999NED", columns: {region: {keyPrefix: "RegioS"}}},
        },
      })
    )();
    expect(registry.cbs.vmSocial).toMatchObject({table: "85146NED", enabled: true, years: [2021, 2023]});
    expect(registry.cbs.own.table).toBe("99999NED");
    expect(registry.hosts.mirror).toBe("https://mirror.example");
  });
});
