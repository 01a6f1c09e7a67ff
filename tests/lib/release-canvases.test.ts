import {describe, expect, it} from "vitest";
import {releaseCanvases} from "../../src/lib/release-canvases.js";
import {keptCanvases, takeCanvas} from "../../src/lib/canvas-pool.js";

type FakeCanvas = {width: number; height: number; id: string};
let made = 0;
const doc = {createElement: (tag: string) => ({tag, width: 300, height: 150, id: `new-${++made}`})};
const take = (width: number, height: number) => takeCanvas(width, height, doc as never) as unknown as FakeCanvas;
const elementWith = (canvases: FakeCanvas[]) => ({
  querySelectorAll: (selector: string) => (selector === "canvas" ? canvases : []),
});

// The pool is shared module state: each test takes back what it freed.
describe("releaseCanvases and the canvas pool", () => {
  it("frees the element's canvases when the cell is invalidated, not before, and hands them to the next chart of that size", async () => {
    const canvases = [
      {width: 1280, height: 1560, id: "map"},
      {width: 640, height: 420, id: "scatter"},
    ];
    let invalidate!: () => void;
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const element = elementWith(canvases);
    expect(releaseCanvases(element as never, invalidation)).toBe(element);
    await Promise.resolve();
    expect(keptCanvases()).toBe(0);
    invalidate();
    await invalidation;
    await Promise.resolve();
    expect(keptCanvases()).toBe(2);
    expect(canvases.map((c) => [c.width, c.height])).toEqual([
      [1280, 1560],
      [640, 420],
    ]);
    expect(take(640, 420).id).toBe("scatter");
    expect(take(640, 421).id).toMatch(/^new-/);
    expect(take(1280, 1560).id).toBe("map");
    expect(keptCanvases()).toBe(0);
  });

  it("keeps at most four, emptying the one freed longest ago", async () => {
    const canvases = Array.from({length: 5}, (_, i) => ({width: 100, height: 100 + i, id: `c${i}`}));
    const invalidation = Promise.resolve();
    releaseCanvases(elementWith(canvases) as never, invalidation);
    await invalidation;
    await Promise.resolve();
    expect(keptCanvases()).toBe(4);
    expect(canvases[0]).toEqual({width: 0, height: 0, id: "c0"});
    expect(take(100, 100).id).toMatch(/^new-/);
    const taken = [104, 101, 103, 102].map((h) => take(100, h).id);
    expect(taken).toEqual(["c4", "c1", "c3", "c2"]);
    expect(keptCanvases()).toBe(0);
  });

  it("gives a taken canvas the requested size", () => {
    const canvas = take(33, 44);
    expect([canvas.width, canvas.height]).toEqual([33, 44]);
  });
});
