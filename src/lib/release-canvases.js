import {freeCanvas} from "./canvas-pool.js";

/**
 * Frees the canvases in `element` when the cell that drew them re-runs:
 * `releaseCanvases(map, invalidation)`. A replaced 1280 × 1560 map canvas holds 8 MB outside the
 * JavaScript heap until a full garbage collection finds it, and a new one is slow to draw the first
 * time; the canvas pool (canvas-pool.js) hands a few of them to the next chart and empties the rest.
 */
export function releaseCanvases(element, invalidation) {
  invalidation.then(() => {
    for (const canvas of element.querySelectorAll("canvas")) freeCanvas(canvas);
  });
  return element;
}
