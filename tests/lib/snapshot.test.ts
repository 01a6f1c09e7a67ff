import {describe, expect, it} from "vitest";
import {packSnapshot, snapshotKey, snapshotQuery, unpackSnapshot} from "../../src/lib/snapshot.js";
import {sql} from "../../src/lib/sql.js";

describe("snapshot container", () => {
  const entries = [
    {key: snapshotKey(sql`SELECT ${1} AS x`), bytes: Uint8Array.from([1, 2, 3])},
    {key: snapshotKey(sql`SELECT ${"Ede's"} AS naam`), bytes: Uint8Array.from([9, 8, 7, 6])},
  ];

  it("round-trips results and metadata", () => {
    const {meta, results} = unpackSnapshot(packSnapshot(entries, {page: "home", source: "demo"}));
    expect(meta).toEqual({page: "home", source: "demo"});
    expect([...results.keys()]).toEqual(entries.map((e) => e.key));
    expect([...results.get(entries[1].key)!]).toEqual([9, 8, 7, 6]);
  });

  it("keys a query by its SQL text and bound values, not by how it was written", () => {
    expect(snapshotKey(sql`SELECT ${1} AS x`)).toBe(snapshotKey(sql`SELECT ${1} AS x`));
    expect(snapshotKey(sql`SELECT ${1} AS x`)).not.toBe(snapshotKey(sql`SELECT ${2} AS x`));
    expect(snapshotKey(sql`SELECT ${"1"} AS x`)).not.toBe(snapshotKey(sql`SELECT ${1} AS x`));
    expect(snapshotQuery(snapshotKey(sql`SELECT ${"Ede's"} AS naam`))).toEqual({
      text: "SELECT ? AS naam",
      params: ["Ede's"],
    });
  });

  it("names the file and the problem for malformed input", () => {
    const packed = packSnapshot(entries);
    expect(() => unpackSnapshot(new Uint8Array([1, 2, 3]), "first-view-home.bin")).toThrow(
      /first-view-home\.bin.*LBMSNAP1/,
    );
    expect(() => unpackSnapshot(packed.subarray(0, packed.length - 2))).toThrow(/buiten het bestand/);
    const badHeader = packed.slice();
    badHeader[12] = 0x7b + 1; // the header's opening brace
    expect(() => unpackSnapshot(badHeader)).toThrow(/geen JSON/);
  });
});
