import {Bool, Float64, Int32, Int64, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {arrowToRows, toPlain} from "../../src/lib/arrow-rows.js";

// The reference: Arrow's own Vector.get per value.
const slowRows = (table: Table) =>
  Array.from({length: table.numRows}, (_, i) =>
    Object.fromEntries(table.schema.fields.map((f) => [f.name, toPlain(table.getChild(f.name)!.get(i))])),
  );

describe("arrowToRows", () => {
  it("reads numbers, BIGINTs, strings, booleans and nulls as Vector.get does", () => {
    const table = new Table({
      x: vectorFromArray([1.5, null, -3, NaN, 0], new Float64()),
      n: vectorFromArray([1, 2, null, 4, 5], new Int32()),
      big: vectorFromArray([1n, null, 3n, 2n ** 40n, -7n], new Int64()),
      name: vectorFromArray(["a", "Ede's", null, "é", ""], new Utf8()),
      ok: vectorFromArray([true, false, null, true, true], new Bool()),
    });
    const rows = arrowToRows(table);
    expect(rows[1]).toEqual({x: null, n: 2, big: null, name: "Ede's", ok: false});
    expect(rows[3].big).toBe(2 ** 40);
    expect(Number.isNaN(rows[3].x)).toBe(true);
    expect(rows).toEqual(slowRows(table));
  });

  it("cuts multi-byte text (accents, emoji) at the right places, also in a slice", () => {
    const names = ["Súdwest-Fryslân", null, "𝒜msterdam", "", "’s-Hertogenbosch", "Ede", "😀😀", "ß"];
    const vector = vectorFromArray(names, new Utf8());
    expect(arrowToRows(new Table({s: vector})).map((d) => d.s)).toEqual(names);
    expect(arrowToRows(new Table({s: vector.slice(2, 7)})).map((d) => d.s)).toEqual(names.slice(2, 7));
  });

  it("follows chunks and slices (offsets into the null bitmap)", () => {
    const a = vectorFromArray([1, null, 3, 4, null, 6, 7, 8, 9, null], new Float64());
    const b = vectorFromArray([10, 11, null], new Float64());
    const chunked = a.slice(3).concat(b);
    const ints = vectorFromArray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], new Int32()).slice(3);
    const table = new Table({v: chunked, i: ints});
    expect(table.getChild("v")!.data.length).toBe(2);
    const rows = arrowToRows(table);
    expect(rows.map((d) => d.v)).toEqual([4, null, 6, 7, 8, 9, null, 10, 11, null]);
    expect(rows).toEqual(slowRows(table));
  });

  it("reads a table that went through Arrow IPC (as from parquet-wasm and DuckDB-WASM)", () => {
    const table = tableFromIPC(
      tableToIPC(
        new Table({x: vectorFromArray([null, 2.5, 3], new Float64()), k: vectorFromArray([5n, null, 7n], new Int64())}),
      ),
    );
    expect(arrowToRows(table)).toEqual([
      {x: null, k: 5},
      {x: 2.5, k: null},
      {x: 3, k: 7},
    ]);
  });
});
