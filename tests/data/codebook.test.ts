// The codebook is generated from the contract, so a column added without a description, unit or
// source fails here rather than showing up blank in the werkbank and on Methoden & data.
import {describe, expect, it} from "vitest";
import {codebook, codebookCsv} from "../../data-loaders/codebook.ts";
import {SCHEMAS} from "../../data-loaders/contract/index.ts";
import type {TableSpec} from "../../data-loaders/contract/index.ts";

describe("codebook", () => {
  const book = codebook();

  it("lists every column of every table of the contract, once", () => {
    const expected = Object.values(SCHEMAS).flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
    expect(book.columns.map((c) => `${c.table}.${c.column}`)).toEqual(expected);
  });

  it.each(Object.values(SCHEMAS).flatMap((t) => t.columns.map((c) => [t.name, c.name])))(
    "%s.%s has a Dutch description, a unit, a source and years",
    (table, column) => {
      const entry = book.columns.find((c) => c.table === table && c.column === column);
      expect(entry?.description.trim().length).toBeGreaterThan(3);
      expect(entry?.unit.trim().length).toBeGreaterThan(1);
      expect(entry?.source.trim().length).toBeGreaterThan(3);
      expect(entry?.years.length).toBeGreaterThan(0);
    },
  );

  it("fails for a column without a description or unit (the check above is not vacuous)", () => {
    const broken: TableSpec = {
      ...SCHEMAS.lbm,
      columns: [...SCHEMAS.lbm.columns, {name: "extra", type: "double", nullable: true, description: "", unit: ""}],
    };
    const missing = broken.columns.filter((c) => !c.description.trim() || !c.unit.trim()).map((c) => c.name);
    expect(missing).toEqual(["extra"]);
  });

  it("offers the same entries as CSV, one row per column plus a header and a comment line", () => {
    const lines = codebookCsv(book).trim().split("\r\n");
    expect(lines[0].startsWith("# ")).toBe(true);
    expect(lines[1]).toBe("tabel,kolom,type,mag_leeg,omschrijving,eenheid,bron_officieel,jaren");
    expect(lines.length).toBe(2 + book.columns.length);
  });

  it("names the unit of every safety measure", () => {
    for (const m of book.measures) expect(m.unit.length).toBeGreaterThan(1);
  });
});
