/**
 * Frees the pixel memory of the canvases in `element` when the cell that drew them re-runs:
 * `releaseCanvases(map, invalidation)`. A replaced 1280 × 1560 map canvas holds 8 MB outside the
 * JavaScript heap until a full garbage collection finds it; dropping one per control change makes
 * the browser run such collections often, and each adds tens of milliseconds to a change.
 */
export function releaseCanvases(element, invalidation) {
  invalidation.then(() => {
    for (const canvas of element.querySelectorAll("canvas")) canvas.width = canvas.height = 0;
  });
  return element;
}
