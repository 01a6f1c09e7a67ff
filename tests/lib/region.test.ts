import {describe, expect, it} from "vitest";
import {
  EMPTY_REGION,
  REGION_COLUMNS,
  describeRegion,
  gemeenten,
  normalizeRegion,
  regionOptions,
  regionPredicate,
  selectedGemeenten,
} from "../../src/lib/region.js";
import {SCHEMAS} from "../../data-loaders/contract/schema.ts";

const row = (
  gemeente_code: string,
  gemeente_name: string,
  provincie: [string, string],
  corop: [string, string],
  size_class: string,
  stedelijkheid: number | null,
  level = "gemeente",
) => ({
  code: level === "gemeente" ? gemeente_code : `BU${gemeente_code.slice(2)}0000`,
  level,
  gemeente_code,
  gemeente_name,
  provincie_code: provincie[0],
  provincie_name: provincie[1],
  corop_code: corop[0],
  corop_name: corop[1],
  size_class,
  stedelijkheid,
});

const NOORD: [string, string] = ["PV01", "Noordmark"];
const ZUID: [string, string] = ["PV02", "Zuidland"];
const rows = [
  row("GM0001", "Aastad", NOORD, ["CR01", "Kustvlakte"], "G4", 1),
  row("GM0002", "Berkdorp", NOORD, ["CR01", "Kustvlakte"], "<20k", 5),
  row("GM0003", "Ceder", NOORD, ["CR02", "Heuvelrug"], "20-50k", 3),
  row("GM0004", "Duinwijk", ZUID, ["CR03", "Rivierland"], "<20k", 4),
  row("GM0005", "'t Eiland", ZUID, ["CR03", "Rivierland"], "50-100k", 2),
];

describe("regionPredicate", () => {
  it("returns no conditions for no selection", () => {
    expect(regionPredicate(EMPTY_REGION)).toEqual([]);
    expect(regionPredicate(null)).toEqual([]);
    expect(regionPredicate({})).toEqual([]);
  });

  it("returns one condition per chosen field, in a fixed order, with values untouched", () => {
    expect(
      regionPredicate({stedelijkheid: 1, provincie: "PV01", corop: null, gemeente: undefined, size_class: "<20k"}),
    ).toEqual([
      {column: "provincie_code", value: "PV01"},
      {column: "size_class", value: "<20k"},
      {column: "stedelijkheid", value: 1},
    ]);
  });

  it("passes hostile text as a value, never into the column name", () => {
    const value = "x' OR '1'='1";
    expect(regionPredicate({gemeente: value})).toEqual([{column: "gemeente_code", value}]);
  });

  it("keeps 0 (a value) apart from null (all)", () => {
    expect(regionPredicate({stedelijkheid: 0})).toEqual([{column: "stedelijkheid", value: 0}]);
  });

  it("only names columns of the areas table", () => {
    const columns = SCHEMAS.areas.columns.map((c) => c.name);
    for (const column of Object.values(REGION_COLUMNS)) expect(columns).toContain(column);
  });
});

describe("regionOptions", () => {
  it("lists everything when nothing is chosen, sorted by Dutch name", () => {
    const o = regionOptions(rows);
    expect(o.provincie.map((d) => d.value)).toEqual(["PV01", "PV02"]);
    expect(o.corop.map((d) => d.label)).toEqual(["Heuvelrug", "Kustvlakte", "Rivierland"]);
    expect(o.gemeente.map((d) => d.label)).toEqual(["Aastad", "Berkdorp", "Ceder", "Duinwijk", "'t Eiland"]);
  });

  it("narrows COROP and gemeente to the chosen provincie", () => {
    const o = regionOptions(rows, {...EMPTY_REGION, provincie: "PV02"});
    expect(o.provincie).toHaveLength(2);
    expect(o.corop.map((d) => d.value)).toEqual(["CR03"]);
    expect(o.gemeente.map((d) => d.value)).toEqual(["GM0004", "GM0005"]);
  });

  it("narrows gemeente to the chosen COROP, size class and stedelijkheid", () => {
    expect(regionOptions(rows, {...EMPTY_REGION, corop: "CR01"}).gemeente.map((d) => d.value)).toEqual([
      "GM0001",
      "GM0002",
    ]);
    expect(regionOptions(rows, {...EMPTY_REGION, size_class: "<20k"}).gemeente.map((d) => d.value)).toEqual([
      "GM0002",
      "GM0004",
    ]);
    expect(
      regionOptions(rows, {...EMPTY_REGION, provincie: "PV01", size_class: "<20k"}).gemeente.map((d) => d.value),
    ).toEqual(["GM0002"]);
    expect(regionOptions(rows, {...EMPTY_REGION, stedelijkheid: 3}).gemeente.map((d) => d.value)).toEqual(["GM0003"]);
  });

  it("offers size classes and stedelijkheid in registry order, only those that occur", () => {
    const o = regionOptions(rows);
    expect(o.size_class.map((d) => d.value)).toEqual(["G4", "50-100k", "20-50k", "<20k"]);
    expect(o.stedelijkheid.map((d) => d.value)).toEqual([1, 2, 3, 4, 5]);
    expect(o.stedelijkheid[0].label).toBe("1 – Zeer sterk stedelijk");
  });
});

describe("normalizeRegion", () => {
  it("keeps a consistent selection", () => {
    const f = {...EMPTY_REGION, provincie: "PV01", corop: "CR01", gemeente: "GM0002"};
    expect(normalizeRegion(rows, f)).toEqual(f);
  });

  it("drops a COROP or gemeente outside the chosen provincie", () => {
    expect(normalizeRegion(rows, {provincie: "PV02", corop: "CR01", gemeente: "GM0001"})).toEqual({
      ...EMPTY_REGION,
      provincie: "PV02",
    });
  });

  it("drops a gemeente that does not match the size class", () => {
    expect(normalizeRegion(rows, {gemeente: "GM0001", size_class: "<20k"})).toEqual({
      ...EMPTY_REGION,
      size_class: "<20k",
    });
  });

  it("drops unknown codes and unknown fields", () => {
    expect(normalizeRegion(rows, {provincie: "PV99", stedelijkheid: 7, foo: 1} as never)).toEqual(EMPTY_REGION);
  });
});

describe("gemeenten / describeRegion", () => {
  it("reduces buurt rows to one row per gemeente, preferring the gemeente row", () => {
    const buurt = {...rows[0], level: "buurt", code: "BU00010001", stedelijkheid: 3};
    const result = gemeenten([buurt, rows[0], rows[1]]);
    expect(result).toHaveLength(2);
    expect(result[0].stedelijkheid).toBe(1);
  });

  it("describes a selection in Dutch", () => {
    expect(describeRegion(rows, EMPTY_REGION)).toBe("alle gemeenten");
    expect(describeRegion(rows, {...EMPTY_REGION, provincie: "PV01", size_class: "<20k"})).toBe(
      "provincie Noordmark, gemeentegrootte Minder dan 20.000",
    );
  });
});

describe("selectedGemeenten", () => {
  it("lists the gemeenten matching every chosen field, by the gemeente's own attributes", () => {
    expect(selectedGemeenten(rows, EMPTY_REGION)).toEqual(["GM0001", "GM0002", "GM0003", "GM0004", "GM0005"]);
    expect(selectedGemeenten(rows, {provincie: "PV01", size_class: "<20k"})).toEqual(["GM0002"]);
    expect(selectedGemeenten(rows, {stedelijkheid: 2})).toEqual(["GM0005"]);
    expect(selectedGemeenten(rows, {provincie: "PV02", corop: "CR01"})).toEqual([]);
  });

  it("uses the gemeente row, not a buurt's own stedelijkheid", () => {
    const buurt = {...rows[0], level: "buurt", code: "BU00010001", stedelijkheid: 4};
    expect(selectedGemeenten([buurt, ...rows], {stedelijkheid: 4})).toEqual(["GM0004"]);
    expect(selectedGemeenten([buurt, ...rows], {stedelijkheid: 1})).toEqual(["GM0001"]);
  });
});
