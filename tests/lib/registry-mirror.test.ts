import {describe, expect, it} from "vitest";
import * as contract from "../../data-loaders/contract/registry.ts";
import * as mirror from "../../src/lib/registry.js";

describe("src/lib/registry.js mirrors data-loaders/contract/registry.ts", () => {
  it("exports the same names", () => {
    expect(Object.keys(mirror).sort()).toEqual(Object.keys(contract).sort());
  });

  for (const name of Object.keys(contract)) {
    it(`${name} is equal`, () => {
      expect((mirror as Record<string, unknown>)[name]).toStrictEqual((contract as Record<string, unknown>)[name]);
    });
  }

  it("compares regular expressions by pattern (so a changed pattern is caught)", () => {
    expect(/^BU\d{8}$/).not.toStrictEqual(/^BU\d{7}$/);
    expect(mirror.CODE_PATTERNS.buurt.source).toBe(contract.CODE_PATTERNS.buurt.source);
  });

  it("is frozen, so a page cannot change a shared constant by accident", () => {
    expect(Object.isFrozen(mirror.DIMENSIONS)).toBe(true);
    expect(Object.isFrozen(mirror.DIMENSIONS[0])).toBe(true);
  });
});
