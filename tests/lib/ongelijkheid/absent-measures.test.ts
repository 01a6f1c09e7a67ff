// A SES source without part scores (a StatLine export with only the total score and spread):
// the pages learn it from provenance and the correlation matrix keeps the columns that exist
// instead of dropping every area for lack of a part score.
import {describe, expect, it} from "vitest";
import {absentColumns} from "../../../src/lib/absent-columns.js";
import {correlationMatrixCells, createCorrelator} from "../../../src/lib/ongelijkheid/correlations.js";
import {pairColumns} from "../../../src/lib/ongelijkheid/queries.js";

const PROVENANCE = {
  tables: [
    {table: "ses", absent_columns: ["ses_welvaart", "ses_opleiding", "ses_arbeid"]},
    {table: "lbm", rows: 10},
  ],
};

describe("absent SES measures", () => {
  it("reads the absent columns of a table from provenance (none for Demoland)", () => {
    expect(absentColumns(PROVENANCE, "ses")).toEqual(["ses_welvaart", "ses_opleiding", "ses_arbeid"]);
    expect(absentColumns(PROVENANCE, "lbm")).toEqual([]);
    expect(absentColumns({tables: [{table: "ses"}]}, "ses")).toEqual([]);
  });

  it("leaves measures without any value out of the correlation matrix so the others keep their areas", () => {
    const rows = [1, 2, 3, 4, 5].map((i) => ({
      lbm: 4 + i / 10,
      won: i / 100,
      fys: -i / 100,
      vrz: (i % 2) / 100,
      soc: i / 50,
      onv: -i / 50,
      ses_total: i / 10,
      ses_welvaart: null,
      ses_opleiding: null,
      ses_arbeid: null,
      ses_spread: 0.3 + ((i * 7) % 5) / 10,
      households: 100,
    }));
    const matrix = correlationMatrixCells(createCorrelator(), pairColumns(rows), {
      method: "pearson",
      weighting: "areas",
    });
    expect(matrix.columns).toEqual(["SES totaal", "Spreiding"]);
    const cell = matrix.cells.find((c) => c.lbm === "lbm" && c.ses === "ses_total")!;
    // lbm and ses_total are both linear in i: r = 1 over all five areas.
    expect(cell).toMatchObject({n: 5});
    expect(cell.r).toBeCloseTo(1, 12);
  });
});
