// Table structures as the publishers really ship them: the Veiligheidsmonitor before and after
// 2021, police regions among the gemeenten, a user's StatLine export with a subset of columns, and
// coverage that counts what is missing instead of hiding it.
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Dataset, JoinCoverage} from "../../data-loaders/contract/index.ts";
import {delimitedTable} from "../../data-loaders/official/csv.ts";
import {sesExportCsv} from "./fixtures/statline-export.ts";
import {registryFor, runPipeline, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
let data: Dataset;
const log: string[] = [];
let run = 0;

const build = (override: unknown = {}, lines: string[] = []) =>
  runPipeline(publisher, {
    cacheDir: join(temp.dir, `run-${run++}`),
    registry: registryFor(publisher, override),
    log: (line) => lines.push(line),
  });
const coverage = (d: Dataset, join: string): JoinCoverage => {
  const found = d.provenance.joins.find((j) => j.join === join);
  if (!found) throw new Error(`no coverage entry "${join}" in ${d.provenance.joins.map((j) => j.join).join("; ")}`);
  return found;
};
// Effective sample size of a 20% estimate with a 95% interval of 18–22 (half-width h = 0.02):
// n = 1.96² · p(1 − p) / h² = 3.8415 · 0.16 / 0.0004 = 1536.6 → 1537.
const EFFECTIVE_N_20 = Math.round((1.959964 ** 2 * 0.2 * 0.8) / 0.02 ** 2);

beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("structures");
  data = await build({}, log);
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});

describe("Veiligheidsmonitor", () => {
  it("reads 81877NED by its real keys (no Marges): values kept, respondents null, rule 'published' recorded", () => {
    const unsafe = data.safety.filter((r) => r.measure === "onveilig_buurt");
    expect(unsafe.map((r) => [r.code, r.year, r.value, r.respondents])).toEqual([
      ["GM9901", 2019, 20, null],
      ["GM9902", 2019, 25, null],
    ]);
    expect(data.provenance.reliability).toEqual([
      {measure: "onveilig_buurt", year: 2019, rule: "published", basis: null, source: "CBS 81877NED"},
    ]);
    const note = data.provenance.tables.find((t) => t.source.startsWith("CBS 81877NED"))?.note;
    expect(note).toMatch(/2019: geen respondenten of marges in de bron; betrouwbaar = gepubliceerd door CBS/);
  });

  it("reads 85146NED, enabled by config, with its Marges: effective respondents for 2021 and 2023", async () => {
    const both = await build({cbs: {vmSocial: {enabled: true}}});
    const unsafe = both.safety.filter((r) => r.measure === "onveilig_buurt" && r.code === "GM9901");
    expect(unsafe.map((r) => [r.year, r.value, r.respondents])).toEqual([
      [2019, 20, null],
      [2021, 20, EFFECTIVE_N_20],
      [2023, 20, EFFECTIVE_N_20],
    ]);
    expect(both.provenance.reliability?.map((r) => [r.year, r.rule, r.basis, r.source])).toEqual([
      [2019, "published", null, "CBS 81877NED"],
      [2021, "respondents", "margin", "CBS 85146NED"],
      [2023, "respondents", "margin", "CBS 85146NED"],
    ]);
  });

  it("refuses a table with a Marges dimension read without a margin rule, instead of keeping one bound", async () => {
    const error = await build({cbs: {vm: {table: "85146NED", url: "{cbs}/85146NED", years: [2021]}}}).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/85146NED\/TypedDataSet/);
    expect(error?.message).toMatch(/column "RegioS".*value \{"code":"GM9901","year":2021\}/);
    expect(error?.message).toMatch(/a Marges dimension needs a margin rule/);
  });
});

describe("other region types in survey and crime tables", () => {
  it("skips police units (PD…, BT…, RE…), provinces and the country, counts them in coverage and the log", () => {
    const vm = coverage(data, "onveilig_buurt (81877NED) (gemeente) → gebieden 2020");
    expect(vm.skipped_regions).toEqual({NL: 1, PV: 1, RE: 1, PD: 2, BT: 1});
    expect(vm).toMatchObject({matched: 2, unmatched: 0});
    expect(log).toContain(
      "CBS 81877NED: (On)veiligheidsbeleving; regio, onveilig_buurt: skipped 6 region(s) that are not buurt, wijk or gemeente (NL 1, PV 1, RE 1, PD 2, BT 1)",
    );
    // 83648NED is asked for gemeenten only (registry `regions`), so the server sends no other kinds.
    expect(coverage(data, "drugshandel (83648NED) (gemeente) → gebieden 2020").skipped_regions).toBeUndefined();
  });
});

describe("a StatLine export of SES-WOA with a subset of columns", () => {
  const statline = {cbs: {ses: {format: "statline-csv", url: "{cbs}/85163NED/export.csv"}}};

  it("builds what the columns allow: total score and spread read with a decimal point, part scores null and listed", async () => {
    const built = await build(statline);
    const of = (code: string) => built.ses.find((r) => r.code === code)!;
    // Values from statline-export.ts: the gemeente is row 0 (0.25), WK990101 row 1 (0.075), BU99010100 row 2 (-0.1).
    expect(of("GM9901")).toMatchObject({ses_total: 0.25, ses_spread: 0.3, households: 457400, ses_welvaart: null});
    expect(of("WK990101").ses_total).toBe(0.075);
    expect(of("BU99010100")).toMatchObject({ses_total: -0.1, ses_opleiding: null, ses_arbeid: null});
    // Beemd (BU99010201) is row 6: suppressed scores, households 457400 − 6 · 1000.
    expect(of("BU99010201")).toMatchObject({ses_total: null, ses_spread: null, households: 451400});
    expect(built.ses.map((r) => r.code).sort()).toEqual(
      ["GM9901", "WK990101", "WK990102", "BU99010100", "BU99010101", "BU99010200", "BU99010201"].sort(),
    );
    const table = built.provenance.tables.find((t) => t.table === "ses")!;
    expect(table.absent_columns).toEqual(["ses_welvaart", "ses_opleiding", "ses_arbeid"]);
    expect(table.note).toMatch(/niet in de bron \(leeg gelaten\): ses_welvaart, ses_opleiding, ses_arbeid/);
    expect(coverage(built, "SES-WOA (buurt) → gebieden 2020")).toMatchObject({matched: 3, null_only: 1, unmatched: 0});
    expect(coverage(built, "gebieden 2020 (buurt) zonder SES-WOA")).toMatchObject({
      matched: 3,
      null_only: 1,
      unmatched: 4,
    });
  });

  it("detects the decimal mark from the data: a comma export reads the same, a mixed one is refused", () => {
    const point = sesExportCsv();
    const comma = point.replace(/"(\s*-?\d+)\.(\d+)"/g, '"$1,$2"');
    expect(comma).not.toBe(point);
    const cell = (text: string) =>
      delimitedTable("export.csv", text, ";", true).rows[2]["SES-WOA/Totaalscore/Gemiddelde score (Getal)"];
    expect(cell(point)).toBe("  -0.100");
    expect(delimitedTable("export.csv", point, ";", true).decimalComma).toBe(false);
    expect(delimitedTable("export.csv", comma, ";", true).decimalComma).toBe(true);
    const mixed = point.replace('"  -0.100"', '"  -0,100"');
    expect(() => delimitedTable("export.csv", mixed, ";", true)).toThrow(
      /file export\.csv, column "SES-WOA\/Totaalscore\/Gemiddelde score \(Getal\)", value "-0,100": has a decimal comma while column ".*" has a decimal point/,
    );
  });
});

describe("coverage per level and source", () => {
  it("reports every level, levels a source does not deliver as such, and all-NULL rows apart from matched ones", () => {
    const levels = (source: string) =>
      data.provenance.joins.filter((j) => j.source === source && j.join.startsWith("gebieden")).map((j) => j.level);
    for (const source of [
      "Leefbaarometer",
      "SES-WOA",
      "drugshandel (83648NED)",
      "onveilig_buurt (81877NED)",
      "grenzen",
    ])
      expect(levels(source), source).toEqual(["buurt", "wijk", "gemeente"]);
    // Crime per gemeente only: 8 buurten and 4 wijken of the fixture world without it.
    expect(coverage(data, "gebieden 2020 (buurt) zonder drugshandel (83648NED)")).toMatchObject({
      delivered: false,
      matched: 0,
      null_only: 0,
      unmatched: 8,
    });
    expect(coverage(data, "gebieden 2020 (wijk) zonder drugshandel (83648NED)")).toMatchObject({
      delivered: false,
      unmatched: 4,
    });
    // SES-WOA 2019 of buurt BU99030101 is suppressed: it matched a code but carries only NULLs.
    expect(coverage(data, "SES-WOA (buurt) → gebieden 2020")).toMatchObject({
      delivered: true,
      matched: 7,
      null_only: 1,
    });
    expect(coverage(data, "gebieden 2020 (buurt) zonder SES-WOA")).toMatchObject({matched: 7, null_only: 1});
  });
});
