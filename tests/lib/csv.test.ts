import {describe, expect, it} from "vitest";
import {tableFromArrays} from "apache-arrow";
import {columnsOf, csvField, csvFilename, csvFormat, toRows} from "../../src/lib/csv.js";

/** A small RFC 4180 reader, written independently of the writer, to check round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), ++i);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\r" && text[i + 1] === "\n") (row.push(field), rows.push(row), (row = []), (field = ""), ++i);
    else field += c;
  }
  if (field !== "" || row.length) (row.push(field), rows.push(row));
  return rows;
}

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('Den "Haag"')).toBe('"Den ""Haag"""');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("'s-Gravenhage")).toBe("'s-Gravenhage");
  });

  it("writes missing values as empty fields, never 0", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(NaN)).toBe("");
    expect(csvField(Infinity)).toBe("");
    expect(csvField(new Date(NaN))).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField("")).toBe("");
  });

  it("writes numbers with a decimal point and full precision", () => {
    expect(csvField(4.5682)).toBe("4.5682");
    expect(csvField(-0.0844)).toBe("-0.0844");
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(csvField(1234567)).toBe("1234567");
    expect(csvField(1e-7)).toBe("1e-7");
    expect(csvField(12345678901234567890n)).toBe("12345678901234567890");
    expect(csvField(true)).toBe("true");
  });

  it("keeps unicode as is", () => {
    expect(csvField("Súdwest-Fryslân")).toBe("Súdwest-Fryslân");
    expect(csvField("Ĳsselstein, 日本 ✓")).toBe('"Ĳsselstein, 日本 ✓"');
  });

  it("guards text that a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+31")).toBe("'+31");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField("=1", {guardFormulas: false})).toBe("=1");
  });

  it("writes dates as ISO 8601 and nested values as JSON", () => {
    expect(csvField(new Date(Date.UTC(2020, 0, 2)))).toBe("2020-01-02T00:00:00.000Z");
    expect(csvField([1, 2])).toBe('"[1,2]"');
  });
});

describe("csvFormat", () => {
  const rows = [
    {code: "GM0001", name: "Aa, en Hunze", lbm: 4.1, klasse: 5},
    {code: "GM0002", name: 'Het "Dorp"', lbm: null, klasse: null},
    {code: "GM0003", name: "Noord\nZuid", lbm: -0.5, klasse: 1},
  ];

  it("writes a header and rows with CRLF line ends", () => {
    expect(csvFormat(rows)).toBe(
      'code,name,lbm,klasse\r\nGM0001,"Aa, en Hunze",4.1,5\r\nGM0002,"Het ""Dorp""",,\r\nGM0003,"Noord\nZuid",-0.5,1\r\n',
    );
  });

  it("round-trips through an independent RFC 4180 parser", () => {
    const parsed = parseCsv(csvFormat(rows));
    expect(parsed[0]).toEqual(["code", "name", "lbm", "klasse"]);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.name));
    expect(parsed.slice(1).map((r) => (r[2] === "" ? null : Number(r[2])))).toEqual(rows.map((r) => r.lbm));
  });

  it("selects and renames columns", () => {
    expect(csvFormat(rows.slice(0, 1), {columns: ["code", ["lbm", "Leefbaarheid"]]})).toBe(
      "code,Leefbaarheid\r\nGM0001,4.1\r\n",
    );
  });

  it("takes columns from all rows, not only the first", () => {
    expect(csvFormat([{a: 1}, {b: 2}])).toBe("a,b\r\n1,\r\n,2\r\n");
  });

  it("writes comment lines first, one per line of the note", () => {
    const text = csvFormat([{a: 1}], {comment: "Synthetische gegevens (Demoland)\nseed 42"});
    expect(text).toBe("# Synthetische gegevens (Demoland)\r\n# seed 42\r\na\r\n1\r\n");
  });

  it("handles an empty table", () => {
    expect(csvFormat([], {columns: ["a", "b"]})).toBe("a,b\r\n");
    expect(csvFormat([])).toBe("\r\n");
    expect(csvFormat(null, {header: false})).toBe("");
  });

  it("reads Apache Arrow tables (DuckDB-WASM results), including BigInt columns", () => {
    const table = tableFromArrays({
      code: ["BU1", "BU2"],
      n: new BigInt64Array([3n, 4n]),
      x: Float64Array.from([1.5, NaN]),
    });
    expect(columnsOf(table)).toEqual(["code", "n", "x"]);
    expect(toRows(table)[0]).toEqual({code: "BU1", n: 3n, x: 1.5});
    expect(csvFormat(table)).toBe("code,n,x\r\nBU1,3,1.5\r\nBU2,4,\r\n");
  });
});

describe("csvFilename", () => {
  it("makes a safe file name", () => {
    expect(csvFilename("Stijgers & dalers 2014–2020")).toBe("stijgers-dalers-2014-2020.csv");
    expect(csvFilename("Súdwest-Fryslân.csv")).toBe("sudwest-fryslan.csv");
    expect(csvFilename("", {suffix: "demoland"})).toBe("gegevens-demoland.csv");
    expect(csvFilename("../../etc/passwd")).toBe("etc-passwd.csv");
  });
});
