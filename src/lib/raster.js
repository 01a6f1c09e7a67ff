// Painting a choropleth through an id buffer. Rasterising 13,000 polygons costs 150–250 ms in a
// browser without GPU rasterisation, too slow for every control change. The polygons are
// rasterised once per map size into an array of area indexes (which area covers each pixel);
// a new colouring is then one pass over that array, a few milliseconds. The buffer also gives
// exact hit-testing. Without anti-aliasing, neighbouring areas share edges with no seams.
// Areas that do not overlap (a partition, as buurten and gemeenten are) go to runs without the
// buffer (rasterizeRuns): a new map extent then costs its outlines, not millions of pixels.

/** No area at this pixel. */
export const NONE = -1;

/**
 * Rasterises areas, each a list of rings (flat [x0, y0, x1, y1, …] arrays in CSS pixels, scaled
 * by `ratio`), into an Int32Array of width×height area indexes (even-odd rule, pixel centres;
 * a later area wins where areas overlap). `into` (optional, width×height long) is used as the
 * buffer: a fresh 8 MB buffer costs tens of milliseconds in page faults alone.
 * Each area's edges are bucketed by the first row they cross, so a row only looks at the edges
 * that cross it: a gemeente of thousands of vertices spanning hundreds of rows no longer costs
 * vertices × rows. Crossings are computed from the edge's own endpoints, as a full scan would.
 */
export function rasterize(areas, width, height, ratio = 1, into = undefined) {
  const ids = (into ?? new Int32Array(width * height)).fill(NONE);
  const xs = [];
  areas.forEach((rings, id) => {
    scanArea(rings, width, height, ratio, xs, (row, start, end) =>
      ids.fill(id, row * width + start, row * width + end),
    );
  });
  return ids;
}

/** Calls span(row, start, end) for every run of pixels of one area on one row (see rasterize). */
function scanArea(rings, width, height, ratio, xs, span) {
  if (!rings?.length) return;
  // Per edge: ax, ay, bx, by (device pixels) and the last row it crosses.
  const edges = [];
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    const n = ring.length;
    for (let k = 0; k < n; k += 2) {
      const ay = ring[k + 1] * ratio;
      if (ay < y0) y0 = ay;
      if (ay > y1) y1 = ay;
      const j = (k + 2) % n;
      const by = ring[j + 1] * ratio;
      // A row's centre y = row + 0.5 crosses the edge when min(ay, by) ≤ y < max(ay, by); the
      // bucket is one row wider on each side and the row loop tests exactly that, as a full scan does.
      if (ay === by) continue;
      const first = Math.ceil(Math.min(ay, by) - 0.5) - 1;
      const last = Math.ceil(Math.max(ay, by) - 0.5);
      edges.push({ax: ring[k] * ratio, ay, bx: ring[j] * ratio, by, first, last});
    }
  }
  const rowStart = Math.max(0, Math.ceil(y0 - 0.5));
  const rowEnd = Math.min(height - 1, Math.floor(y1 - 0.5));
  if (rowEnd < rowStart) return;
  edges.sort((a, b) => a.first - b.first);
  let next = 0;
  let active = [];
  for (let row = rowStart; row <= rowEnd; ++row) {
    while (next < edges.length && edges[next].first <= row) active.push(edges[next++]);
    if (active.some((e) => e.last < row)) active = active.filter((e) => e.last >= row);
    const y = row + 0.5;
    xs.length = 0;
    for (const {ax, ay, bx, by} of active)
      if ((ay <= y && y < by) || (by <= y && y < ay)) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const start = Math.max(0, Math.ceil(xs[k] - 0.5));
      const end = Math.min(width, Math.ceil(xs[k + 1] - 0.5));
      if (end > start) span(row, start, end);
    }
  }
}

/**
 * runsOf(rasterize(areas, width, height, ratio), width) without the id buffer, when no two areas
 * cover the same pixel (a map of a partition, as buurten are): runs and outline pixels come from
 * the areas' spans row by row, so the cost follows the outlines rather than the millions of
 * pixels. Returns null when areas overlap (then the id buffer decides which one is drawn).
 */
export function rasterizeRuns(areas, width, height, ratio = 1) {
  const rows = Array.from({length: height}, () => []); // per row: start, end, id, …
  const xs = [];
  areas.forEach((rings, id) =>
    scanArea(rings, width, height, ratio, xs, (row, start, end) => rows[row].push(start, end, id)),
  );
  for (const spans of rows) {
    if (spans.length > 3 && !sortSpans(spans)) return null;
  }
  const starts = [];
  const runIds = [];
  const edges = [];
  const run = (start, id) => {
    if (runIds[runIds.length - 1] === id) return; // the run goes on
    starts.push(start);
    runIds.push(id);
  };
  for (let row = 0; row < height; ++row) {
    const offset = row * width;
    const spans = rows[row];
    const below = row + 1 < height ? rows[row + 1] : [];
    let x = 0;
    let b = 0; // first span below that may reach the current span
    for (let k = 0; k < spans.length; k += 3) {
      const start = spans[k],
        end = spans[k + 1],
        id = spans[k + 2];
      if (start > x) run(offset + x, NONE);
      run(offset + start, id);
      x = end;
      // Pixels whose lower neighbour belongs to another area.
      while (b < below.length && below[b + 1] <= start) b += 3;
      let covered = -1;
      for (let c = b; c < below.length && below[c] < end; c += 3) {
        if (below[c + 2] === id) continue;
        const from = Math.max(start, below[c]);
        const to = Math.min(end, below[c + 1]);
        for (let i = from; i < to; ++i) edges.push(offset + i);
        covered = to - 1;
      }
      // The last pixel, when the next area starts right after it.
      if (k + 3 < spans.length && spans[k + 3] === end && spans[k + 5] !== id && covered !== end - 1)
        edges.push(offset + end - 1);
    }
    if (x < width) run(offset + x, NONE);
  }
  starts.push(width * height);
  return {
    count: runIds.length,
    starts: Int32Array.from(starts),
    ids: Int32Array.from(runIds),
    edges: Int32Array.from(edges),
  };
}

/** Sorts a row's spans (start, end, id triples) by start; false when two overlap. */
function sortSpans(spans) {
  const order = Array.from({length: spans.length / 3}, (_, i) => i * 3).sort((a, b) => spans[a] - spans[b]);
  const sorted = order.flatMap((i) => [spans[i], spans[i + 1], spans[i + 2]]);
  for (let k = 3; k < sorted.length; k += 3) if (sorted[k] < sorted[k - 2]) return false;
  spans.splice(0, spans.length, ...sorted);
  return true;
}

/** RGBA as one Uint32 in the byte order of ImageData on this machine. */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
export function packRgba(r, g, b, a = 255) {
  return littleEndian ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

/**
 * [r, g, b, a] (0–255) of a CSS colour in the forms Plot's scales produce (#rgb, #rrggbb,
 * rgb(), rgba()); other forms go to `fallback` (in the browser: a canvas that parses any colour).
 */
export function parseColor(color, fallback) {
  const text = String(color).trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(text);
  if (m) return [...m[1]].map((c) => parseInt(c + c, 16)).concat(255);
  m = /^#([0-9a-f]{6})$/.exec(text);
  if (m) return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16)).concat(255);
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(text);
  if (m) {
    const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [m[1], m[2], m[3]].map((v) => Math.round(Math.min(255, Number(v)))).concat(Math.round(alpha * 255));
  }
  return fallback ? fallback(color) : null;
}

/**
 * Fills `out` (Uint32Array over ImageData) from the id buffer: colors[id] for each pixel, a
 * diagonal hatch where colors[id] is `hatch.marker`, transparent outside all areas. With
 * `outline`, pixels whose right or lower neighbour is another area get that colour instead.
 * @param {Int32Array} ids
 * @param {number} width
 * @param {ArrayLike<number>} colors
 * @param {Uint32Array} out
 * @param {{hatch?: any, outline?: any}} [options]
 */
export function paint(ids, width, colors, out, {hatch, outline} = {}) {
  const n = ids.length;
  for (let i = 0; i < n; ++i) {
    const id = ids[i];
    if (id === NONE) {
      out[i] = 0;
      continue;
    }
    const c = colors[id];
    if (hatch && c === hatch.marker) {
      const x = i % width;
      const y = (i - x) / width;
      out[i] = (x + y) % hatch.period < hatch.thickness ? hatch.line : hatch.background;
    } else out[i] = c;
  }
  if (outline !== undefined) {
    for (let i = 0; i < n; ++i) {
      const id = ids[i];
      if (id === NONE) continue;
      const right = (i + 1) % width !== 0 ? ids[i + 1] : id;
      const below = i + width < n ? ids[i + width] : id;
      if ((right !== id && right !== NONE) || (below !== id && below !== NONE)) out[i] = outline;
    }
  }
  return out;
}

/** The area index at CSS pixel (x, y), or NONE. */
export function hitTest(ids, width, height, ratio, x, y) {
  const px = Math.floor(x * ratio);
  const py = Math.floor(y * ratio);
  return px < 0 || py < 0 || px >= width || py >= height ? NONE : ids[py * width + px];
}

/**
 * The id buffer as runs of equal ids (row-major, a run may cross rows) and the pixels that
 * paint() outlines, for paintRuns(): computed once per buffer, they make a new colouring a
 * few thousand fills instead of a pass over millions of pixels.
 */
export function runsOf(ids, width) {
  const n = ids.length;
  let count = n > 0 ? 1 : 0;
  for (let i = 1; i < n; ++i) if (ids[i] !== ids[i - 1]) ++count;
  const starts = new Int32Array(count + 1),
    runIds = new Int32Array(count);
  for (let i = 0, r = -1; i < n; ++i) {
    if (i === 0 || ids[i] !== ids[i - 1]) ((starts[++r] = i), (runIds[r] = ids[i]));
  }
  starts[count] = n;
  const edges = [];
  for (let i = 0; i < n; ++i) {
    const id = ids[i];
    if (id === NONE) continue;
    const right = (i + 1) % width !== 0 ? ids[i + 1] : id;
    const below = i + width < n ? ids[i + width] : id;
    if ((right !== id && right !== NONE) || (below !== id && below !== NONE)) edges.push(i);
  }
  return {count, starts, ids: runIds, edges: Int32Array.from(edges)};
}

/**
 * The same pixels as paint(ids, width, colors, out, options), from runsOf(ids, width).
 * @param {any} runs
 * @param {number} width
 * @param {ArrayLike<number>} colors
 * @param {Uint32Array} out
 * @param {{hatch?: any, outline?: any}} [options]
 */
export function paintRuns(runs, width, colors, out, {hatch, outline} = {}) {
  const {count, starts, ids} = runs;
  for (let r = 0; r < count; ++r) {
    const id = ids[r],
      start = starts[r],
      end = starts[r + 1];
    const c = id === NONE ? 0 : colors[id];
    if (id !== NONE && hatch && c === hatch.marker) {
      for (let i = start; i < end; ++i) {
        const x = i % width;
        const y = (i - x) / width;
        out[i] = (x + y) % hatch.period < hatch.thickness ? hatch.line : hatch.background;
      }
    } else if (end - start < 16) {
      for (let i = start; i < end; ++i) out[i] = c;
    } else out.fill(c, start, end);
  }
  if (outline !== undefined) for (const i of runs.edges) out[i] = outline;
  return out;
}
