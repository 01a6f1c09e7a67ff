import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {and, compile, ident, join, literal, raw, sql} from "../../src/lib/sql.js";

const HOSTILE = ["O'Brien", "'; DROP TABLE areas; --", "a\\'b", "''", "Ñoño ‘quote’", 'x" OR 1=1 --', "?", "$1"];

describe("compile", () => {
  it("turns values into bound parameters and keeps them out of the text", () => {
    const {text, params} = compile(sql`SELECT * FROM t WHERE name = ${"O'Brien"} AND year = ${2014}`);
    expect(text).toBe("SELECT * FROM t WHERE name = ? AND year = ?");
    expect(params).toEqual(["O'Brien", 2014]);
  });

  it("inlines quoted literals for display only", () => {
    const {display} = compile(sql`WHERE name = ${"O'Brien"} AND k IN ${[1, 2]} AND x IS ${null}`);
    expect(display).toBe("WHERE name = 'O''Brien' AND k IN (1, 2) AND x IS NULL");
  });

  it("expands arrays to lists and an empty array to an empty set", () => {
    expect(compile(sql`k IN ${["a", "b", "c"]}`)).toMatchObject({text: "k IN (?, ?, ?)", params: ["a", "b", "c"]});
    expect(compile(sql`k IN ${[]}`)).toMatchObject({text: "k IN (SELECT NULL WHERE FALSE)", params: []});
  });

  it("nests fragments and joins conditions", () => {
    const where = and([sql`a = ${1}`, null, sql`b = ${"x"}`]);
    const {text, params} = compile(sql`SELECT 1 WHERE ${where}`);
    expect(text).toBe("SELECT 1 WHERE (a = ?) AND (b = ?)");
    expect(params).toEqual([1, "x"]);
    expect(compile(and([])).text).toBe("TRUE");
    expect(compile(join([sql`${1}`, sql`${2}`], " + "))).toMatchObject({text: "? + ?", params: [1, 2]});
  });

  it("accepts identifiers only from the allowed list", () => {
    expect(compile(sql`SELECT ${ident("won", ["won", "fys"])} FROM t`).text).toBe('SELECT "won" FROM t');
    expect(() => ident("won; DROP TABLE t", ["won"])).toThrow(/Onbekende kolom/);
    expect(() => ident('a"b')).toThrow(/Ongeldige kolomnaam/);
    expect(compile(raw("COUNT(*)")).text).toBe("COUNT(*)");
  });

  it("rejects values that cannot be bound", () => {
    expect(() => compile(sql`x = ${NaN}`)).toThrow();
    expect(() => compile(sql`x = ${{a: 1}}`)).toThrow(/niet ondersteund/);
    expect(() => literal(Infinity)).toThrow();
  });
});

describe("hostile strings in a real DuckDB", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(":memory:")).connect();
    await conn.run("CREATE TABLE areas (name VARCHAR, n INTEGER)");
    for (const [i, name] of HOSTILE.entries()) await conn.run("INSERT INTO areas VALUES ($1, $2)", [name, i]);
  });
  afterAll(() => conn?.closeSync());

  const run = async (fragment: unknown, useDisplay = false) => {
    const {text, params, display} = compile(fragment);
    if (useDisplay) return (await conn.runAndReadAll(display)).getRowObjectsJS();
    const numbered = text.replace(
      /\?/g,
      (() => {
        let i = 0;
        return () => `$${++i}`;
      })(),
    );
    return (await conn.runAndReadAll(numbered, params)).getRowObjectsJS();
  };

  for (const name of HOSTILE) {
    it(`finds exactly the row named ${JSON.stringify(name)}, bound and displayed`, async () => {
      const bound = await run(sql`SELECT n FROM areas WHERE name = ${name}`);
      const shown = await run(sql`SELECT n FROM areas WHERE name = ${name}`, true);
      expect(bound).toEqual([{n: HOSTILE.indexOf(name)}]);
      expect(shown).toEqual(bound);
    });
  }

  it("leaves the table intact after an injection attempt", async () => {
    await run(sql`SELECT * FROM areas WHERE name IN ${HOSTILE}`);
    const [{c}] = await run(sql`SELECT count(*)::INTEGER AS c FROM areas`);
    expect(c).toBe(HOSTILE.length);
  });
});
