import {describe, expect, it} from "vitest";
import {releaseCanvases} from "../../src/lib/release-canvases.js";

describe("releaseCanvases", () => {
  it("empties the element's canvases when the cell is invalidated, not before", async () => {
    const canvases = [
      {width: 1280, height: 1560},
      {width: 640, height: 420},
    ];
    const element = {querySelectorAll: (selector: string) => (selector === "canvas" ? canvases : [])};
    let invalidate!: () => void;
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    expect(releaseCanvases(element as never, invalidation)).toBe(element);
    await Promise.resolve();
    expect(canvases[0]).toEqual({width: 1280, height: 1560});
    invalidate();
    await invalidation;
    await Promise.resolve();
    expect(canvases).toEqual([
      {width: 0, height: 0},
      {width: 0, height: 0},
    ]);
  });
});
