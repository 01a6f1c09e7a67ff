import {describe, expect, it} from "vitest";
import {inlineParams, sqlLiteral} from "../../src/lib/sql-display.js";

describe("sqlLiteral", () => {
  it("writes DuckDB literals", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
    expect(sqlLiteral(2014)).toBe("2014");
    expect(sqlLiteral(-0.5)).toBe("-0.5");
    expect(sqlLiteral(NaN)).toBe("'NaN'::DOUBLE");
    expect(sqlLiteral(10n)).toBe("10");
    expect(sqlLiteral(true)).toBe("TRUE");
    expect(sqlLiteral("Den Haag")).toBe("'Den Haag'");
    expect(sqlLiteral("'s-Hertogenbosch")).toBe("'''s-Hertogenbosch'");
    expect(sqlLiteral([1, 2, "a'b"])).toBe("[1, 2, 'a''b']");
    expect(sqlLiteral(new Date(Date.UTC(2020, 0, 1)))).toBe("TIMESTAMP '2020-01-01T00:00:00.000Z'");
  });
});

describe("inlineParams", () => {
  it("fills ? placeholders in order", () => {
    expect(inlineParams("SELECT * FROM lbm WHERE year = ? AND gemeente_code = ?", [2014, "GM0001"])).toBe(
      "SELECT * FROM lbm WHERE year = 2014 AND gemeente_code = 'GM0001'",
    );
  });

  it("fills $1-style and $name-style placeholders", () => {
    expect(inlineParams("SELECT $2, $1, $1", ["a", 2])).toBe("SELECT 2, 'a', 'a'");
    expect(inlineParams("WHERE year = $basis AND lbm >= $drempel", {basis: 2014, drempel: 4.15})).toBe(
      "WHERE year = 2014 AND lbm >= 4.15",
    );
  });

  it("leaves ? and $x inside strings, quoted names and comments alone", () => {
    const sql = `SELECT 'wat? $x', "kolom?" -- waarom?\n/* ook $1 ? */ FROM t WHERE a = ?`;
    expect(inlineParams(sql, [1])).toBe(`SELECT 'wat? $x', "kolom?" -- waarom?\n/* ook $1 ? */ FROM t WHERE a = 1`);
    expect(inlineParams("SELECT 'it''s ?', ?", ["x"])).toBe("SELECT 'it''s ?', 'x'");
  });

  it("quotes hostile values so the displayed SQL stays valid", () => {
    expect(inlineParams("WHERE name = ?", ["x'; DROP TABLE lbm; --"])).toBe("WHERE name = 'x''; DROP TABLE lbm; --'");
  });

  it("leaves placeholders without a value", () => {
    expect(inlineParams("a = ? AND b = ?", [1])).toBe("a = 1 AND b = ?");
    expect(inlineParams("a = $x", {})).toBe("a = $x");
    expect(inlineParams("a = $1", {x: 1})).toBe("a = $1");
    expect(inlineParams("a = ?")).toBe("a = ?");
  });
});
