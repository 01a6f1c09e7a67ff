// The werkbank's link format and result conversions.
import {describe, expect, it} from "vitest";
import {isReadQuery, sqlFromHash, werkbankHref} from "../../../src/lib/werkbank/url.js";
import {csvFormat, EXCEL_NL} from "../../../src/lib/csv.js";
import {decimalToNumber} from "../../../src/lib/werkbank/result.js";
import {tempTableDefinition, withTempTables} from "../../../src/lib/werkbank/temp-tables.js";

describe("werkbank links", () => {
  it("round-trip any query text through the fragment, quotes, plus signs, # and newlines included", () => {
    const text = "SELECT 'a+b' AS \"x#1\", 1 + 2 AS y -- é\nFROM lbm WHERE name = 'Súdwest-Fryslân'";
    const href = werkbankHref(text);
    expect(href.startsWith("./werkbank#sql=")).toBe(true);
    expect(sqlFromHash(href.slice(href.indexOf("#")))).toBe(text);
  });

  it("have no query without a sql key or with an empty one", () => {
    expect(sqlFromHash("")).toBeNull();
    expect(sqlFromHash("#other=1")).toBeNull();
    expect(sqlFromHash("#sql=%20")).toBeNull();
  });

  it("are offered for reading queries only", () => {
    expect(isReadQuery("  WITH a AS (SELECT 1) SELECT * FROM a")).toBe(true);
    expect(isReadQuery("select 1")).toBe(true);
    expect(isReadQuery("CREATE OR REPLACE TEMP TABLE t AS SELECT 1")).toBe(false);
  });
});

describe("werkbank results", () => {
  it("reads DECIMAL words as numbers with their scale, negatives included", () => {
    // 12345 with scale 2 is 123.45; −12345 is 2^128 − 12345 in four little-endian 32-bit words.
    expect(decimalToNumber(new Uint32Array([12345, 0, 0, 0]), 2)).toBeCloseTo(123.45, 12);
    expect(decimalToNumber(new Uint32Array([2 ** 32 - 12345, 2 ** 32 - 1, 2 ** 32 - 1, 2 ** 32 - 1]), 2)).toBeCloseTo(
      -123.45,
      12,
    );
    expect(decimalToNumber(null, 2)).toBeNull();
  });

  it("writes CSV for Dutch Excel with semicolons, decimal commas and quoted semicolons", () => {
    const text = csvFormat(
      [
        {name: "A;B", value: 1.5, n: null},
        {name: "=SUM(A1)", value: -2, n: 3},
      ],
      {columns: ["name", "value", "n"], comment: "Synthetisch", ...EXCEL_NL},
    );
    expect(text).toBe('# Synthetisch\r\nname;value;n\r\n"A;B";1,5;\r\n\'=SUM(A1);-2;3\r\n');
  });
});

describe("temporary tables in a Methode list", () => {
  const create = "CREATE OR REPLACE TEMP TABLE quadrant_pairs AS\nSELECT code, lbm FROM lbm WHERE year = 2020";
  const definition = tempTableDefinition(create);

  it("are recognised with their SELECT", () => {
    expect(definition).toEqual({name: "quadrant_pairs", select: "SELECT code, lbm FROM lbm WHERE year = 2020"});
    expect(tempTableDefinition("SELECT 1")).toBeNull();
  });

  it("are written into a query that reads them, before or inside its own WITH", () => {
    expect(withTempTables("SELECT count(*) FROM quadrant_pairs", [definition!])).toBe(
      "WITH quadrant_pairs AS (\nSELECT code, lbm FROM lbm WHERE year = 2020\n)\nSELECT count(*) FROM quadrant_pairs",
    );
    expect(withTempTables("WITH t AS (SELECT * FROM quadrant_pairs) SELECT * FROM t", [definition!])).toBe(
      "WITH quadrant_pairs AS (\nSELECT code, lbm FROM lbm WHERE year = 2020\n), t AS (SELECT * FROM quadrant_pairs) SELECT * FROM t",
    );
    expect(withTempTables("SELECT 1", [definition!])).toBe("SELECT 1");
  });
});
