// The contract's validation catches each kind of malformed input it claims to, naming table and column.
import {describe, expect, it} from "vitest";
import {
  ContractError,
  assertValid,
  validateDataset,
  type Dataset,
  type ValidationIssue,
} from "../../data-loaders/contract/index.ts";
import {validFixture} from "./fixture.ts";

type Case = {name: string; breakIt: (d: Dataset) => void; table: string; column: string; message: RegExp};

const CASES: Case[] = [
  {
    name: "missing column",
    breakIt: (d) => d.lbm.forEach((r) => delete (r as Partial<typeof r>).onv),
    table: "lbm",
    column: "onv",
    message: /column is missing/,
  },
  {
    name: "unexpected column",
    breakIt: (d) => ((d.ses[0] as unknown as Record<string, unknown>).ses_extra = 1),
    table: "ses",
    column: "ses_extra",
    message: /unexpected column/,
  },
  {
    name: "wrong type (string score)",
    breakIt: (d) => ((d.lbm[0] as unknown as Record<string, unknown>).won = "0.01"),
    table: "lbm",
    column: "won",
    message: /not a number/,
  },
  {
    name: "wrong type (number name)",
    breakIt: (d) => ((d.areas[0] as unknown as Record<string, unknown>).name = 12),
    table: "areas",
    column: "name",
    message: /not a string/,
  },
  {
    name: "fractional integer",
    breakIt: (d) => (d.areas[0].inhabitants = 12.5),
    table: "areas",
    column: "inhabitants",
    message: /not an integer/,
  },
  {
    name: "null in non-nullable column",
    breakIt: (d) => ((d.areas[1] as unknown as Record<string, unknown>).gemeente_name = null),
    table: "areas",
    column: "gemeente_name",
    message: /not nullable/,
  },
  {
    name: "NaN score",
    breakIt: (d) => (d.ses[0].ses_total = NaN),
    table: "ses",
    column: "ses_total",
    message: /not a finite number/,
  },
  {
    name: "bad area code",
    breakIt: (d) => (d.lbm[0].code = "BU123"),
    table: "lbm",
    column: "code",
    message: /not a BU\/WK\/GM code/,
  },
  {
    name: "code does not fit its level",
    breakIt: (d) => (d.lbm[2].level = "wijk"),
    table: "lbm",
    column: "code",
    message: /does not fit level wijk/,
  },
  {
    name: "bad provincie code",
    breakIt: (d) => (d.areas[0].provincie_code = "P20"),
    table: "areas",
    column: "provincie_code",
    message: /does not match/,
  },
  {
    name: "unknown size class",
    breakIt: (d) => (d.areas[0].size_class = "huge"),
    table: "areas",
    column: "size_class",
    message: /expected one of/,
  },
  {
    name: "stedelijkheid out of range",
    breakIt: (d) => (d.areas[0].stedelijkheid = 6),
    table: "areas",
    column: "stedelijkheid",
    message: /outside 1–5/,
  },
  {
    name: "negative households",
    breakIt: (d) => (d.ses[0].households = -3),
    table: "ses",
    column: "households",
    message: /negative/,
  },
  {
    name: "duplicate key",
    breakIt: (d) => d.lbm.push({...d.lbm[0]}),
    table: "lbm",
    column: "code+year",
    message: /duplicates the primary key/,
  },
  {
    name: "dimensions do not sum to afw",
    breakIt: (d) => (d.lbm[0].onv = (d.lbm[0].onv as number) + 0.01),
    table: "lbm",
    column: "afw",
    message: /differs from the sum/,
  },
  {
    name: "lbm is not base + afw",
    breakIt: (d) => (d.lbm[1].lbm = (d.lbm[1].lbm as number) + 0.001),
    table: "lbm",
    column: "lbm",
    message: /lbm_base \+ afw/,
  },
  {
    name: "class inconsistent with bounds",
    breakIt: (d) => (d.lbm[0].lbm_class = 7),
    table: "lbm",
    column: "lbm_class",
    message: /class boundaries/,
  },
  {
    name: "orphan buurt (wijk missing)",
    breakIt: (d) => (d.areas = d.areas.filter((a) => a.level !== "wijk")),
    table: "areas",
    column: "wijk_code",
    message: /not a wijk in areas/,
  },
  {
    name: "gemeente missing",
    breakIt: (d) => (d.areas[0].gemeente_code = "GM0002"),
    table: "areas",
    column: "gemeente_code",
    message: /not a gemeente in areas/,
  },
  {
    name: "unknown code in ses",
    breakIt: (d) => (d.ses[1].code = "BU00019999"),
    table: "ses",
    column: "code",
    message: /not in areas/,
  },
  {
    name: "unknown code in safety",
    breakIt: (d) => (d.safety[0].code = "GM0999"),
    table: "safety",
    column: "code",
    message: /not in areas/,
  },
  {
    name: "unknown code in lbm",
    breakIt: (d) => (d.lbm[0].code = "BU00010099"),
    table: "lbm",
    column: "code",
    message: /not in areas/,
  },
  {name: "empty table", breakIt: (d) => (d.safety = []), table: "safety", column: "*", message: /table is empty/},
];

describe("contract validation", () => {
  it("accepts the valid fixture", () => {
    expect(validateDataset(validFixture())).toEqual([]);
  });

  it.each(CASES)("catches: $name", ({breakIt, table, column, message}) => {
    const data = validFixture();
    breakIt(data);
    const issues = validateDataset(data);
    const hit = issues.find(
      (i: ValidationIssue) => i.table === table && i.column === column && message.test(i.message),
    );
    expect(hit, JSON.stringify(issues)).toBeDefined();
  });

  it("assertValid throws a ContractError that names table, column and row", () => {
    const data = validFixture();
    data.lbm[0].lbm_class = 2;
    expect(() => assertValid(data, "fixture")).toThrowError(ContractError);
    expect(() => assertValid(data, "fixture")).toThrow(/fixture: .*table lbm, column lbm_class, row 0/s);
  });
});
