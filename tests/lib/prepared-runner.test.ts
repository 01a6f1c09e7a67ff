import {describe, expect, it} from "vitest";
import {preparedRunner} from "../../src/lib/prepared-runner.js";

// A connection that records the messages a DuckDB-WASM connection would send to its worker, in order.
function fakeConnection({failPrepare = (_text: string): boolean => false} = {}) {
  const log: string[] = [];
  let nextId = 0;
  const conn = {
    async query(text: string) {
      log.push(`query ${text}`);
      return `rows of ${text}`;
    },
    async prepare(text: string) {
      const id = nextId++;
      log.push(`prepare#${id} ${text}`);
      if (failPrepare(text)) throw new Error(`syntax error in ${text}`);
      return {
        async query(...params: unknown[]) {
          log.push(`run#${id} ${JSON.stringify(params)}`);
          return `rows of ${text} ${JSON.stringify(params)}`;
        },
        async close() {
          log.push(`close#${id}`);
        },
      };
    },
  };
  return {conn, log};
}

describe("preparedRunner", () => {
  it("prepares a text once and runs it again with other values", async () => {
    const {conn, log} = fakeConnection();
    const run = preparedRunner(conn as never);
    expect(await run("SELECT ?", [1])).toBe("rows of SELECT ? [1]");
    expect(await run("SELECT ?", [2])).toBe("rows of SELECT ? [2]");
    expect(log).toEqual(["prepare#0 SELECT ?", "run#0 [1]", "run#0 [2]"]);
  });

  it("sends a query without values as one message", async () => {
    const {conn, log} = fakeConnection();
    expect(await preparedRunner(conn as never)("SELECT 1", [])).toBe("rows of SELECT 1");
    expect(log).toEqual(["query SELECT 1"]);
  });

  it("shares one prepare between queries asked at the same time, and runs them in the order asked", async () => {
    const {conn, log} = fakeConnection();
    const run = preparedRunner(conn as never);
    await Promise.all([run("SELECT ?", [1]), run("SELECT ?", [2]), run("SELECT ? + 1", [3])]);
    expect(log).toEqual(["prepare#0 SELECT ?", "prepare#1 SELECT ? + 1", "run#0 [1]", "run#0 [2]", "run#1 [3]"]);
  });

  it("closes the least recently used statement beyond the limit, after a query already waiting for it", async () => {
    const {conn, log} = fakeConnection();
    const run = preparedRunner(conn as never, {limit: 2});
    await run("A ?", [1]);
    await run("B ?", [1]);
    await run("A ?", [2]); // A is now the most recent
    const waiting = run("C ?", [1]); // B goes
    await waiting;
    expect(log.filter((m) => m.startsWith("close"))).toEqual(["close#1"]);
    await run("B ?", [2]); // prepared again; A goes
    await Promise.resolve();
    expect(log.slice(-3)).toEqual(["prepare#3 B ?", "close#0", "run#3 [2]"]);

    // A query asked just before its statement is evicted still runs on it before the close.
    const {conn: conn2, log: log2} = fakeConnection();
    const run2 = preparedRunner(conn2 as never, {limit: 1});
    await Promise.all([run2("A ?", [1]), run2("B ?", [1])]);
    expect(log2).toEqual(["prepare#0 A ?", "prepare#1 B ?", "run#0 [1]", "close#0", "run#1 [1]"]);
  });

  it("does not keep a statement that failed to prepare", async () => {
    let broken = true;
    const {conn, log} = fakeConnection({failPrepare: (_text: string) => broken});
    const run = preparedRunner(conn as never);
    await expect(run("SELEC ?", [1])).rejects.toThrow("syntax error in SELEC ?");
    broken = false;
    expect(await run("SELEC ?", [1])).toBe("rows of SELEC ? [1]");
    expect(log).toEqual(["prepare#0 SELEC ?", "prepare#1 SELEC ?", "run#1 [1]"]);
  });
});
