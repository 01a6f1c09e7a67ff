// The dataset's years and the one default-year rule (src/lib/dataset-years.js), and that every
// theme, the Home headlines and the first views start from years the data has.
import {describe, expect, it} from "vitest";
import {FIRST_VIEWS} from "../../src/first-views.js";
import {closestYear, datasetYears, yearList, yearSpan} from "../../src/lib/dataset-years.js";
import {datasetDefaults as homeDefaults} from "../../src/lib/home/defaults.js";
import {datasetDefaults as ondermijningDefaults} from "../../src/lib/ondermijning/defaults.js";
import {datasetDefaults as ongelijkheidDefaults} from "../../src/lib/ongelijkheid/defaults.js";
import {compile} from "../../src/lib/sql.js";
import {datasetDefaults as stijgersDefaults, DEFAULTS as STIJGERS} from "../../src/lib/stijgers/defaults.js";
import {DEMOLAND_YEARS} from "../helpers/years.ts";

// The official fixture's Leefbaarometer years (tests/official/fixtures: 2014, 2018, 2020, 2022).
const FIXTURE_LBM = [2014, 2018, 2020, 2022];

describe("closestYear: the report's year, else the closest the data has, the earlier on a tie", () => {
  it("keeps the report's year when the data has it", () => {
    expect(closestYear(FIXTURE_LBM, 2020)).toBe(2020);
    expect(closestYear(FIXTURE_LBM, 2014)).toBe(2014);
  });

  it("takes the closest year otherwise", () => {
    expect(closestYear([2022, 2024], 2020)).toBe(2022); // LBM 2022/2024 builds
    expect(closestYear([2021, 2022, 2023], 2019)).toBe(2021); // SES-WOA 2021+
    expect(closestYear([2012, 2021], 2019)).toBe(2021); // 2 years off beats 7
    expect(closestYear([2002, 2008], 2020)).toBe(2008); // only earlier years
  });

  it("prefers the earlier of two equally close years", () => {
    expect(closestYear([2012, 2016], 2014)).toBe(2012);
    expect(closestYear([2018, 2022], 2020)).toBe(2018);
  });

  it("is null without any year", () => {
    expect(closestYear([], 2020)).toBeNull();
  });
});

describe("yearSpan: base before end", () => {
  const report = {baseYear: 2014, endYear: 2020};

  it("keeps the report's span when the data has both years", () => {
    expect(yearSpan(FIXTURE_LBM, report)).toEqual(report);
  });

  it("moves each end to the closest year, keeping base < end", () => {
    // 2020 is the closest end among [2020, 2022]; before it only 2018 is left for the base.
    expect(yearSpan([2018, 2020, 2022], report)).toEqual({baseYear: 2018, endYear: 2020});
    // No year near 2020 but 2022/2024: the end is 2024 (the first year is kept free for the base), the base 2022.
    expect(yearSpan([2022, 2024], report)).toEqual({baseYear: 2022, endYear: 2024});
    // Two years: the later one is the end, the earlier one the base.
    expect(yearSpan([2012, 2016], report)).toEqual({baseYear: 2012, endYear: 2016});
  });

  it("gives one year twice, or nulls, when the data cannot make a span", () => {
    expect(yearSpan([2020], report)).toEqual({baseYear: 2020, endYear: 2020});
    expect(yearSpan([], report)).toEqual({baseYear: null, endYear: null});
  });
});

describe("datasetYears: the years in provenance.json", () => {
  it("reads and freezes them", () => {
    const years = datasetYears({years: {lbm: FIXTURE_LBM, ses: [2019], safety: []}});
    expect(years).toEqual({lbm: FIXTURE_LBM, ses: [2019], safety: []});
    expect(Object.isFrozen(years) && Object.isFrozen(years.lbm)).toBe(true);
  });

  it("names what is wrong with a provenance.json that has no usable years", () => {
    expect(() => datasetYears({})).toThrow(/provenance\.json has no `years`/);
    expect(() => datasetYears(null)).toThrow(/no `years`/);
    expect(() => datasetYears({years: {lbm: [2020, 2014], ses: [], safety: []}})).toThrow(
      /years\.lbm must be ascending distinct integers, got \[2020,2014\]/,
    );
    expect(() => datasetYears({years: {lbm: [2020], ses: ["2019"], safety: []}})).toThrow(/years\.ses/);
    expect(() => datasetYears({years: {lbm: [2020], ses: []}})).toThrow(/years\.safety/);
  });

  it("lists years for a reader", () => {
    expect(yearList(FIXTURE_LBM)).toBe("2014, 2018, 2020, 2022");
    expect(yearList([])).toBe("geen");
  });
});

describe("the themes' defaults on a dataset", () => {
  it("are the report's on Demoland, which has every report year", () => {
    expect(homeDefaults(DEMOLAND_YEARS)).toMatchObject({year: 2020});
    expect(stijgersDefaults(DEMOLAND_YEARS)).toMatchObject({baseYear: 2014, endYear: 2020});
    expect(ongelijkheidDefaults(DEMOLAND_YEARS)).toMatchObject({lbmYear: 2020, sesYear: 2019});
    expect(ondermijningDefaults(DEMOLAND_YEARS)).toMatchObject({safetyYear: 2019, lbmYear: 2020});
  });

  it("move to years the data has, every other default unchanged", () => {
    const years = datasetYears({years: {lbm: [2022, 2024], ses: [2021, 2022], safety: [2021, 2023]}});
    expect(homeDefaults(years).year).toBe(2022);
    expect(stijgersDefaults(years)).toEqual({...STIJGERS, baseYear: 2022, endYear: 2024});
    expect(ongelijkheidDefaults(years)).toMatchObject({lbmYear: 2022, sesYear: 2021});
    expect(ondermijningDefaults(years)).toMatchObject({safetyYear: 2021, lbmYear: 2022});
  });
});

describe("first views follow the dataset's years", () => {
  const years = datasetYears({years: {lbm: [2022, 2024], ses: [2021, 2022], safety: [2021, 2023]}});
  const params = (page: keyof typeof FIRST_VIEWS) =>
    FIRST_VIEWS[page](years).flatMap((f: unknown) => compile(f as never).params);

  it("bind the picked years, never a report year the data lacks", () => {
    for (const page of Object.keys(FIRST_VIEWS) as (keyof typeof FIRST_VIEWS)[]) {
      for (const absent of [2014, 2019, 2020]) expect(params(page), `${page} asks ${absent}`).not.toContain(absent);
    }
    // Home: overview year 2022; headlines 2022→2024 (risers), LBM 2022 with SES 2021, safety 2021.
    expect(params("home")).toEqual(expect.arrayContaining([2022, 2024, 2021]));
    expect(params("sociale-ongelijkheid")).toEqual(expect.arrayContaining([2022, 2021]));
    expect(params("ondermijning")).toEqual(expect.arrayContaining([2021, 2022]));
  });
});
