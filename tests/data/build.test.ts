// Source selection and the parquet writer, apart from Demoland itself.
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtemp, readdir, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {resolveSeed, resolveSource} from "../../data-loaders/build.ts";
import {writeTableParquet} from "../../data-loaders/parquet.ts";
import {validFixture} from "./fixture.ts";

describe("source selection", () => {
  it("defaults to demo", () => {
    expect(resolveSource(undefined)).toBe("demo");
    expect(resolveSource("")).toBe("demo");
    expect(resolveSource("demo")).toBe("demo");
  });

  it("accepts the official source (built and tested in tests/official)", () => {
    expect(resolveSource("official")).toBe("official");
  });

  it("rejects unknown sources by name", () => {
    expect(() => resolveSource("offical")).toThrow(/LBM_SOURCE="offical" is not a known data source/);
  });

  it("reads the seed from the environment value", () => {
    expect(resolveSeed(undefined)).toBe(20201);
    expect(resolveSeed("42")).toBe(42);
    expect(() => resolveSeed("x1")).toThrow(/LBM_DEMO_SEED/);
  });
});

describe("parquet writer", () => {
  let dir = "";
  afterAll(async () => dir && (await rm(dir, {recursive: true, force: true})));

  it("round-trips rows exactly, sorted, with nulls and metadata, leaving no temporary files", async () => {
    dir = await mkdtemp(join(tmpdir(), "parquet-"));
    const rows = validFixture().lbm.slice().reverse();
    rows[0] = {...rows[0], won: 0.1 + 0.2, lbm_class: null};
    const path = join(dir, "lbm.parquet");
    const bytes = await writeTableParquet("lbm", rows, path, {source: "test", synthetic: "true"});
    expect(bytes.length).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(["lbm.parquet"]);
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    const back = (await db.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJS();
    expect(back.map((r) => r.code)).toEqual(["BU00010000", "BU00010001", "GM0001"]);
    const written = back.find((r) => r.code === rows[0].code)!;
    expect(written.won).toBe(0.1 + 0.2);
    expect(written.lbm_class).toBeNull();
    const kv = (
      await db.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${path}')`)
    ).getRowObjectsJS();
    expect(kv).toEqual(
      expect.arrayContaining([
        {k: "source", v: "test"},
        {k: "synthetic", v: "true"},
      ]),
    );
    const compression = (
      await db.runAndReadAll(`SELECT DISTINCT compression FROM parquet_metadata('${path}')`)
    ).getRowObjectsJS();
    expect(compression).toEqual([{compression: "ZSTD"}]);
    db.closeSync();
    instance.closeSync();
  });
});
