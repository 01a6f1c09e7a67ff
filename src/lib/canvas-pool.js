// A new canvas costs more than painting it: the first putImageData on a fresh 1408 × 1384 map canvas
// takes ~35 ms and the next frame ~60 ms more, against ~1 ms and ~15 ms on a canvas of that size
// that has been drawn before. The canvases of a replaced chart are kept here (a few, the most
// recently freed first) and handed to the next chart of the same size; the rest are emptied, so
// that their pixel memory does not wait for a full garbage collection.

const MAX_KEPT = 4;
/** Free canvases, least recently freed first. */
const kept = [];

/** A canvas of width × height device pixels, cleared: a kept one of that size, or a new one. */
export function takeCanvas(width, height, doc = globalThis.document) {
  let i = kept.length - 1;
  while (i >= 0 && (kept[i].width !== width || kept[i].height !== height)) --i;
  const canvas = i >= 0 ? kept.splice(i, 1)[0] : doc.createElement("canvas");
  // Setting the size, even the same one, clears the pixels and resets the context.
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/**
 * Gives a canvas that is no longer shown back for reuse. It may stay in the document until a new
 * chart takes it (the chart it belonged to is being replaced).
 */
export function freeCanvas(canvas) {
  if (!canvas.width || !canvas.height || kept.includes(canvas)) return;
  kept.push(canvas);
  if (kept.length > MAX_KEPT) {
    const oldest = kept.shift();
    oldest.width = oldest.height = 0;
  }
}

/** How many canvases are kept (for tests). */
export const keptCanvases = () => kept.length;
