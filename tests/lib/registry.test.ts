import {describe, expect, it} from "vitest";
import * as contract from "../../data-loaders/contract/registry.ts";
import * as registry from "../../src/lib/registry.js";

describe("the registry", () => {
  it("is one copy: the contract re-exports the browser module's values", () => {
    for (const name of Object.keys(registry))
      expect((contract as Record<string, unknown>)[name]).toBe((registry as Record<string, unknown>)[name]);
  });

  it("is frozen, so a page cannot change a shared fact by accident", () => {
    expect(Object.isFrozen(registry.DIMENSIONS)).toBe(true);
    expect(Object.isFrozen(registry.DIMENSIONS[0])).toBe(true);
    expect(Object.isFrozen(registry.LBM_YEARS)).toBe(true);
    expect(() => (registry.LBM_CLASSES as unknown as {label: string}[]).push({label: "x"})).toThrow(TypeError);
  });

  it("lists the five dimensions in their ids", () => {
    expect(registry.DIMENSION_IDS).toEqual(["won", "fys", "vrz", "soc", "onv"]);
  });
});
