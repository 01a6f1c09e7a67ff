import {describe, expect, it} from "vitest";
import {
  detectDecimal,
  normalizeGemeenteCode,
  parseIndicatorCsv,
  parseNumber,
  tokenize,
} from "../../src/lib/csv-import.js";
import {decimalEvidence} from "../../src/lib/number-marks.js";
import {avoidNameClashes, builtInNames} from "../../src/lib/ondermijning/own-indicators.js";
import {decodeText} from "../../src/lib/text-decode.js";

const KNOWN = new Set(["GM0003", "GM0014", "GM0363", "GM1680"]);
const valuesOf = (result: ReturnType<typeof parseIndicatorCsv>, i = 0) =>
  Object.fromEntries(result.indicators[i].values);

describe("gemeentecodes", () => {
  it("accepts padded and unpadded codes, with or without GM", () => {
    expect(normalizeGemeenteCode("GM0363")).toBe("GM0363");
    expect(normalizeGemeenteCode("363")).toBe("GM0363");
    expect(normalizeGemeenteCode(" 0363 ")).toBe("GM0363");
    expect(normalizeGemeenteCode("gm3")).toBe("GM0003");
    expect(normalizeGemeenteCode("GM 1680")).toBe("GM1680");
    for (const bad of ["", "GM12345", "BU03630000", "Amsterdam", "36.3", null])
      expect(normalizeGemeenteCode(bad)).toBeNull();
  });
});

describe("numbers", () => {
  it("reads decimal comma and point, thousands groups and signs", () => {
    expect(parseNumber("1,5", ",")).toBe(1.5);
    expect(parseNumber("1.234,5", ",")).toBe(1234.5);
    expect(parseNumber("1.234", ",")).toBe(1234);
    expect(parseNumber("1.5", ".")).toBe(1.5);
    expect(parseNumber("1,234.5", ".")).toBe(1234.5);
    expect(parseNumber("−2,5", ",")).toBe(-2.5);
    expect(parseNumber(" 12 ", ".")).toBe(12);
    expect(parseNumber("1e3", ".")).toBe(1000);
    expect(parseNumber("", ",")).toBeNull();
    for (const bad of [".", "-", "n.b.", "x", "1,5", "12,34,5", "e5", "1e999"])
      expect(parseNumber(bad, ".")).toBeUndefined();
    expect(parseNumber("2.5", ",")).toBeUndefined();
  });

  it("decides the decimal mark for the whole file", () => {
    expect(detectDecimal(["1,5", "2", "3,25"])).toBe(",");
    expect(detectDecimal(["1.5", "2", "3.25", "4,5"])).toBe(".");
    expect(detectDecimal(["1", "2"])).toBe(".");
  });
});

describe("tokenizer", () => {
  it("handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF", () => {
    const records = tokenize('a;"b;c"\r\n"say ""hi""";"two\nlines"\r\n\r\nx;y', ";");
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b;c"],
      ['say "hi"', "two\nlines"],
      ["x", "y"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(() => tokenize('a;"b\nc', ";")).toThrow(/regel 1/);
  });
});

describe("parseIndicatorCsv", () => {
  it("reads a Dutch Excel export: semicolons, decimal comma, BOM, unpadded codes", () => {
    const result = parseIndicatorCsv(
      "\ufeffgemeentecode;Naam;Jeugdoverlast\r\n363;Amsterdam;12,5\r\n14;Groningen;7\r\n",
      {knownCodes: KNOWN},
    );
    expect(result).toMatchObject({
      ok: true,
      error: null,
      separator: ";",
      decimal: ",",
      codeColumn: "gemeentecode",
      rows: 2,
    });
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0]).toMatchObject({id: "eigen_1", name: "Jeugdoverlast", count: 2});
    expect(valuesOf(result)).toEqual({GM0363: 12.5, GM0014: 7});
    expect(result.skippedColumns).toEqual([{name: "Naam", reason: "geen getallen"}]);
    expect(result.issues).toEqual([]);
  });

  it("reads comma-separated files with decimal points, padded codes and quoted fields", () => {
    const result = parseIndicatorCsv('code,"Score, totaal",b\nGM0363,"1.5",2\nGM0014,3.25,"4"\n', {knownCodes: KNOWN});
    expect(result).toMatchObject({ok: true, separator: ",", decimal: "."});
    expect(result.indicators.map((d) => d.name)).toEqual(["Score, totaal", "b"]);
    expect(valuesOf(result, 0)).toEqual({GM0363: 1.5, GM0014: 3.25});
    expect(valuesOf(result, 1)).toEqual({GM0363: 2, GM0014: 4});
  });

  it("reads a comma-separated file with quoted decimal commas", () => {
    const result = parseIndicatorCsv('gemeentecode,x\n"363","1,5"\n"14","2,25"\n', {knownCodes: KNOWN});
    expect(result.decimal).toBe(",");
    expect(valuesOf(result)).toEqual({GM0363: 1.5, GM0014: 2.25});
  });

  it("lists non-numeric cells, bad codes, duplicates, ragged rows and unmatched codes", () => {
    const text = [
      "gemeentecode;a;b",
      "GM0363;1;2",
      "GM0014;n.b.;3",
      "Amsterdam;5;5",
      "363;9;9",
      "3;1",
      "9999;4;4",
      "1680;;6",
    ].join("\n");
    const result = parseIndicatorCsv(text, {knownCodes: KNOWN});
    expect(result.ok).toBe(true);
    expect(result.unmatchedCodes).toEqual(["GM9999"]);
    expect(valuesOf(result, 0)).toEqual({GM0363: 1, GM0014: null, GM1680: null});
    expect(valuesOf(result, 1)).toEqual({GM0363: 2, GM0014: 3, GM1680: 6});
    expect(result.issues.map((d) => [d.line, d.column, d.value])).toEqual([
      [3, "a", "n.b."],
      [4, "gemeentecode", "Amsterdam"],
      [5, "gemeentecode", "363"],
      [6, null, "3;1"],
    ]);
    expect(result.issues[2].problem).toMatch(/GM0363 komt al eerder voor/);
    expect(result.issues[3].problem).toMatch(/2 velden in plaats van 3/);
  });

  it("finds an unnamed code column by its values and names blank headers", () => {
    const result = parseIndicatorCsv("naam;id;\nX;GM0363;1\nY;GM0014;2\n");
    expect(result.codeColumn).toBe("id");
    expect(result.indicators.map((d) => d.name)).toEqual(["kolom 3"]);
  });

  it("keeps markup in names as plain text and never uses names as ids", () => {
    const result = parseIndicatorCsv(
      'gemeentecode;"<script>alert(1)</script>";<img src=x onerror=alert(1)>\n363;1;2\n',
    );
    expect(result.indicators.map((d) => d.name)).toEqual(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]);
    expect(result.indicators.map((d) => d.id)).toEqual(["eigen_1", "eigen_2"]);
  });

  it("honours an Excel sep= line", () => {
    const result = parseIndicatorCsv("sep=,\ngemeentecode,a;b\n363,1;5\n");
    expect(result.separator).toBe(",");
    expect(result.skippedColumns).toEqual([{name: "a;b", reason: "geen getallen"}]);
  });

  it("rejects files it cannot use with a message", () => {
    expect(parseIndicatorCsv("alleen;kop\n").error).toMatch(/kopregel en ten minste één gegevensregel/);
    expect(parseIndicatorCsv("gemeentecode\n363\n").error).toMatch(/maar één kolom/);
    expect(parseIndicatorCsv("naam;score\nAmsterdam;1\n").error).toMatch(/Geen kolom met gemeentecodes/);
    expect(parseIndicatorCsv("gemeentecode;naam\n363;Amsterdam\n").error).toMatch(/Geen kolom met getallen/);
    const none = parseIndicatorCsv("gemeentecode;a\n9998;1\n9999;2\n", {knownCodes: KNOWN});
    expect(none.error).toMatch(/Geen van de 2 gemeentecodes.*GM9998/);
    expect(none.unmatchedCodes).toEqual(["GM9998", "GM9999"]);
    expect(parseIndicatorCsv('gemeentecode;a\n363;"1\n').error).toMatch(/geen geldige CSV.*regel 2/);
    expect(parseIndicatorCsv("PK\u0003\u0004\u0000\u0000").error).toMatch(/geen tekstbestand/);
    expect(parseIndicatorCsv("x".repeat(5_000_001)).error).toMatch(/te groot/);
  });
});

const listOf = (result: ReturnType<typeof parseIndicatorCsv>, i = 0) => [...result.indicators[i].values.values()];

describe("Dutch Excel files", () => {
  it("decides the decimal mark per column: 4,23 is a decimal comma, 464.234 a thousands dot beside it", () => {
    const result = parseIndicatorCsv("gemeentecode;score;inwoners\n363;4,23;464.234\n14;3,5;1.234.567\n", {
      knownCodes: KNOWN,
    });
    expect(result.ok).toBe(true);
    expect(listOf(result, 0)).toEqual([4.23, 3.5]);
    expect(listOf(result, 1)).toEqual([464234, 1234567]);
    expect(result.indicators.map((d) => d.decimal)).toEqual([",", ","]);
  });

  it("reads a lone three-decimal column as decimals when the file uses decimal points", () => {
    const result = parseIndicatorCsv("gemeentecode,a,b\n363,0.5,464.234\n14,1.25,2.5\n", {knownCodes: KNOWN});
    expect(listOf(result, 1)).toEqual([464.234, 2.5]);
  });

  it("finds the decimal mark from unambiguous cells only", () => {
    expect(decimalEvidence("464.234")).toBeNull();
    expect(decimalEvidence("1.234.567")).toBe(",");
    expect(decimalEvidence("1.234,5")).toBe(",");
    expect(decimalEvidence("1,234.5")).toBe(".");
    expect(decimalEvidence("4,2")).toBe(",");
    expect(decimalEvidence("0.234")).toBe(".");
    expect(detectDecimal(["4,23", "464.234"])).toBe(",");
  });

  it("honours a quoted sep= line with trailing separators, as Excel writes it", () => {
    const result = parseIndicatorCsv('"sep=;";;\ngemeentecode;a\n363;1,5\n', {knownCodes: KNOWN});
    expect(result.separator).toBe(";");
    expect(listOf(result)).toEqual([1.5]);
  });

  it("reads Windows-1252 bytes (Excel's CSV) with a notice, and UTF-8 without", () => {
    // "Súdwest-Fryslân" in Windows-1252: ú = 0xFA, â = 0xE2 (not valid UTF-8 on their own).
    const cp1252 = Uint8Array.from([0x53, 0xfa, 0x64, 0x3b, 0x46, 0x72, 0x79, 0x73, 0x6c, 0xe2, 0x6e]);
    const decoded = decodeText(cp1252);
    expect(decoded).toMatchObject({text: "Súd;Fryslân", encoding: "windows-1252"});
    expect(decoded.notice).toMatch(/Windows-1252/);
    const utf8 = decodeText(new TextEncoder().encode("\ufeffSúd;Fryslân"));
    expect(utf8).toEqual({text: "Súd;Fryslân", encoding: "utf-8", notice: null});
  });

  it("renames a column named like a built-in indicator, visibly", () => {
    const [builtIn] = builtInNames();
    const renamed = avoidNameClashes([{name: builtIn.toUpperCase()}, {name: "eigen"}, {name: "eigen"}], builtInNames());
    expect(renamed[0]).toEqual({name: `${builtIn.toUpperCase()} (eigen bestand)`, originalName: builtIn.toUpperCase()});
    expect(renamed[1]).toEqual({name: "eigen"});
    expect(renamed[2]).toEqual({name: "eigen (eigen bestand)", originalName: "eigen"});
  });
});
