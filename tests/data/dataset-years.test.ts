// The years per table that build.ts writes into provenance.json, derived from the normalised rows.
import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {tableYears} from "../../data-loaders/contract/years.ts";
import {datasetYears} from "../../src/lib/dataset-years.js";
import {DEMOLAND_YEARS} from "../helpers/years.ts";

const lbm = (year: number, value: number | null) => ({code: "BU00010001", level: "buurt", year, lbm: value}) as never;
const ses = (year: number, values: Record<string, number | null>) =>
  ({
    code: "BU00010001",
    level: "buurt",
    year,
    ses_total: null,
    ses_welvaart: null,
    ses_opleiding: null,
    ses_arbeid: null,
    ses_spread: null,
    households: 10,
    ...values,
  }) as never;
const safety = (year: number, value: number | null) =>
  ({code: "GM0001", level: "gemeente", year, measure: "onveilig_buurt", value, respondents: null}) as never;

describe("tableYears", () => {
  it("lists, ascending, the years in which a table carries a value", () => {
    const years = tableYears({
      lbm: [lbm(2022, 4.1), lbm(2014, 3.9), lbm(2022, 4.2), lbm(2018, 4.0)],
      ses: [ses(2021, {ses_total: 0.1}), ses(2019, {ses_spread: 0.3})],
      safety: [safety(2023, 20), safety(2021, 18)],
    });
    expect(years).toEqual({lbm: [2014, 2018, 2022], ses: [2019, 2021], safety: [2021, 2023]});
  });

  it("leaves out years whose rows are all empty (suppressed or not delivered)", () => {
    const years = tableYears({
      lbm: [lbm(2002, null), lbm(2020, 4)],
      // Only households, no SES-WOA measure: nothing to show for 2020.
      ses: [ses(2020, {}), ses(2019, {ses_total: -0.2})],
      safety: [safety(2017, null)],
    });
    expect(years).toEqual({lbm: [2020], ses: [2019], safety: []});
  });
});

describe("provenance.json of a build", () => {
  it("carries the years of its tables, as the pages read them", async () => {
    const built = await buildDataset();
    const provenance = JSON.parse(await readFile(built.path("provenance"), "utf8"));
    expect(datasetYears(provenance)).toEqual(DEMOLAND_YEARS);
  }, 180_000);
});
