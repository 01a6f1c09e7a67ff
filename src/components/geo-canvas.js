import * as Plot from "@observablehq/plot";
import {lonLatBounds, mercator, traceGeometry} from "../lib/mercator.js";
import {takeCanvas} from "../lib/canvas-pool.js";
import {remember} from "../lib/memo.js";
import {packRgba, paintRuns, parseColor, rasterize, rasterizeRuns, runsOf} from "../lib/raster.js";

// Thousands of SVG paths make every re-render slow (building, styling, laying out and painting
// DOM nodes), so the areas are painted as one image inside the plot's SVG, via an id buffer
// (see lib/raster.js). Projected shapes and id buffers are cached: a control change that only
// changes values repaints colours in a few milliseconds.

const MAX_CACHES = 4;
const shapeCaches = new Map();
const idBuffers = new Map();
const boundsCache = new Map();
const geometryIds = new WeakMap();
let nextGeometryId = 0;

// The few most recent fits and geometries: a page shows at most a handful of maps.
const recent = (cache, key, make) => remember(cache, key, make, {limit: MAX_CACHES});

const fitKey = (fit) => `${fit.scale} ${fit.translate}`;

function recorder() {
  const rings = [];
  let ring;
  return {rings, moveTo: (x, y) => rings.push((ring = [x, y])), lineTo: (x, y) => ring.push(x, y), closePath() {}};
}

/** Projected shapes {rings, centroid} (CSS pixels) of geometries, cached per geometry and fit. */
export function projectShapes(geometries, fit) {
  const cache = recent(shapeCaches, fitKey(fit), () => new WeakMap());
  const project = mercator(fit);
  return geometries.map((geometry) => {
    let shape = geometry && cache.get(geometry);
    if (!shape) {
      const context = recorder();
      shape = {rings: context.rings, centroid: traceGeometry(geometry, project, context)};
      if (geometry) cache.set(geometry, shape);
    }
    return shape;
  });
}

function geometryKey(geometries) {
  return geometries
    .map((g) => {
      if (!g) return "-";
      let id = geometryIds.get(g);
      if (id === undefined) geometryIds.set(g, (id = nextGeometryId++));
      return id;
    })
    .join(",");
}

/** Longitude/latitude bounds of geometries, cached for the same list. */
export function geometryBounds(geometries) {
  return recent(boundsCache, geometryKey(geometries), () => lonLatBounds(geometries));
}

// One scratch id buffer and one ImageData per size, shared by every map: touching freshly allocated
// megabytes costs tens of milliseconds of page faults, each time a map's extent changes.
let scratchIds = new Int32Array(0);
const images = new Map();
const imageOfSize = (width, height) => recent(images, `${width}x${height}`, () => new ImageData(width, height));

/**
 * The id buffer of geometries at a size (which geometry covers each device pixel), kept as runs
 * (lib/raster.js: straight from the outlines when areas do not overlap, else through runsOf), with
 * an ImageData of that size to paint into: paint() rewrites every pixel and putImageData copies,
 * so one per size serves every map.
 */
export function idBuffer(geometries, fit, width, height, ratio) {
  const key = `${fitKey(fit)}|${width}x${height}@${ratio}|${geometryKey(geometries)}`;
  const runs = recent(idBuffers, key, () => {
    const rings = projectShapes(geometries, fit).map((s) => s.rings);
    const direct = rasterizeRuns(rings, width, height, ratio);
    if (direct) return direct;
    if (scratchIds.length < width * height) scratchIds = new Int32Array(width * height);
    return runsOf(rasterize(rings, width, height, ratio, scratchIds.subarray(0, width * height)), width);
  });
  return {runs, image: imageOfSize(width, height)};
}

const linePaths = new WeakMap();
function linePath(geometry, fit) {
  let cached = linePaths.get(geometry);
  if (cached?.key !== fitKey(fit)) {
    const path = new Path2D();
    traceGeometry(geometry, mercator(fit), path);
    linePaths.set(geometry, (cached = {key: fitKey(fit), path}));
  }
  return cached.path;
}

let parser;
function parseAnyColor(color) {
  parser ??= document.createElement("canvas").getContext("2d");
  parser.fillStyle = "#000000";
  parser.fillStyle = color;
  return parseColor(parser.fillStyle);
}

const packedColors = new Map();
function pack(color) {
  let packed = packedColors.get(color);
  if (packed === undefined) {
    const rgba = color == null ? null : parseColor(color, parseAnyColor);
    packed = rgba ? packRgba(...rgba) : MISSING;
    packedColors.set(color, packed);
  }
  return packed;
}

// A transparent near-black marks missing areas; no colour scale produces alpha 0.
const MISSING = packRgba(1, 0, 0, 0);

/**
 * A Plot mark that paints areas as one image: `fill` values (for the `present` areas) go
 * through the plot's color scale; other areas are hatched as missing; `borders` (GeoJSON
 * lines) are stroked on top; `outline` draws a line between neighbouring areas.
 */
export class GeoCanvas extends Plot.Mark {
  constructor(geometries, {present, fill, fit, borders, outline}) {
    super(present, {fill: {value: fill, scale: "color"}}, {}, undefined);
    Object.assign(this, {geometries, present, fit, borders, outline});
  }

  render(index, scales, {fill: F}, {width, height}, context) {
    const doc = context.document;
    const ratio = Math.max(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    const canvas = takeCanvas(w, h, doc);
    canvas.style.cssText = `width:${width}px;height:${height}px;display:block`;
    const ctx = canvas.getContext("2d");

    const {runs, image} = idBuffer(this.geometries, this.fit, w, h, ratio);
    const colors = new Uint32Array(this.geometries.length).fill(MISSING);
    for (const i of index) colors[this.present[i]] = pack(F[i]);
    paintRuns(runs, w, colors, new Uint32Array(image.data.buffer), {
      hatch: {
        marker: MISSING,
        period: 8 * ratio,
        thickness: 2 * ratio,
        line: packRgba(111, 111, 111),
        background: packRgba(238, 238, 238),
      },
      outline: this.outline ? pack(this.outline) : undefined,
    });
    ctx.putImageData(image, 0, 0);

    if (this.borders) {
      ctx.scale(ratio, ratio);
      ctx.strokeStyle = "white";
      // Thicker than the outlines between areas, so that e.g. provincie borders stand out.
      ctx.lineWidth = this.outline ? 1.5 : 1;
      ctx.lineJoin = "round";
      ctx.stroke(linePath(this.borders, this.fit));
    }

    const object = doc.createElementNS("http://www.w3.org/2000/svg", "foreignObject");
    object.setAttribute("width", width);
    object.setAttribute("height", height);
    object.append(canvas);
    return object;
  }
}
