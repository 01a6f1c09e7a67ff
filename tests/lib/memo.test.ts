import {describe, expect, it} from "vitest";
import {objectMemo, remember} from "../../src/lib/memo.js";

describe("remember", () => {
  it("makes a value once per key", () => {
    const cache = new Map();
    let made = 0;
    const make = () => ++made;
    expect([remember(cache, "a", make), remember(cache, "a", make), remember(cache, "b", make)]).toEqual([1, 1, 2]);
  });

  it("with a limit, drops the least recently used entry", () => {
    const cache = new Map();
    remember(cache, "a", () => 1, {limit: 2});
    remember(cache, "b", () => 2, {limit: 2});
    remember(cache, "a", () => -1, {limit: 2}); // a is now the most recent
    remember(cache, "c", () => 3, {limit: 2}); // b goes
    expect([...cache.keys()]).toEqual(["a", "c"]);
    expect(remember(cache, "b", () => 22, {limit: 2})).toBe(22);
  });
});

describe("objectMemo", () => {
  it("keys by object identity, then by string", () => {
    const memo = objectMemo();
    const x = [1, 2];
    const y = [1, 2];
    let made = 0;
    memo(x, "k", () => ++made);
    memo(x, "k", () => ++made);
    memo(y, "k", () => ++made);
    memo(x, "other", () => ++made);
    expect(made).toBe(3);
    expect(memo(x, "k", () => 0)).toBe(1);
  });
});
