// Web Mercator fitted to a set of features, computed directly on the coordinates.
// The choropleth draws ~13,000 buurten on every control change; d3-geo's general projection
// pipeline (clipping, resampling, streams) costs about 10× more per point than this, and
// Mercator needs none of it at the scale of one country. The formulas match
// d3.geoMercator().scale(scale).translate(translate), so Plot marks given that projection line up.

const {PI, atan, exp, log, tan} = Math;
const RAD = PI / 180;

/**
 * Longitude/latitude bounds [[west, south], [east, north]] of features or geometries.
 * @param {Iterable<any>} items
 * @returns {Box | null}
 */
export function lonLatBounds(items) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === "number") {
      if (c[0] < x0) x0 = c[0];
      if (c[0] > x1) x1 = c[0];
      if (c[1] < y0) y0 = c[1];
      if (c[1] > y1) y1 = c[1];
    } else for (const d of c) visit(d);
  };
  const geometry = (g) => {
    if (!g) return;
    if (g.type === "GeometryCollection") g.geometries.forEach(geometry);
    else visit(g.coordinates);
  };
  for (const item of items) geometry(item.type === "Feature" ? item.geometry : item);
  return x0 <= x1
    ? [
        [x0, y0],
        [x1, y1],
      ]
    : null;
}

const rawX = (lon) => lon * RAD;
const rawY = (lat) => -log(tan(PI / 4 + (lat * RAD) / 2));

/**
 * @typedef {{scale: number, translate: number[]}} MercatorFit
 * @typedef {number[][]} Box [[x0, y0], [x1, y1]]
 */

/**
 * {scale, translate} placing the bounds centred in the pixel extent [[left, top], [right, bottom]].
 * @param {Box} bounds
 * @param {Box} extent
 * @returns {MercatorFit}
 */
export function fitMercator([[w, s], [e, n]], [[left, top], [right, bottom]]) {
  const [x0, x1, y0, y1] = [rawX(w), rawX(e), rawY(n), rawY(s)];
  const kx = (right - left) / (x1 - x0 || 1e-12);
  const ky = (bottom - top) / (y1 - y0 || 1e-12);
  const scale = Math.min(kx, ky);
  const translate = [
    left + (right - left - scale * (x1 - x0)) / 2 - scale * x0,
    top + (bottom - top - scale * (y1 - y0)) / 2 - scale * y0,
  ];
  return {scale, translate};
}

/** Height over width of the bounds in Mercator. @param {Box} bounds */
export function mercatorAspect([[w, s], [e, n]]) {
  return (rawY(s) - rawY(n)) / (rawX(e) - rawX(w) || 1e-12);
}

/** (lon, lat) → [x, y] in pixels. @param {MercatorFit} fit @returns {(lon: number, lat: number) => number[]} */
export function mercator({scale, translate: [tx, ty]}) {
  return (lon, lat) => [scale * rawX(lon) + tx, scale * rawY(lat) + ty];
}

/** [x, y] in pixels → [lon, lat]. @param {MercatorFit} fit @returns {(x: number, y: number) => number[]} */
export function mercatorInvert({scale, translate: [tx, ty]}) {
  return (x, y) => [(x - tx) / scale / RAD, (2 * atan(exp(-(y - ty) / scale)) - PI / 2) / RAD];
}

/**
 * Draws a (Multi)Polygon or (Multi)LineString through `project` into a path context
 * (moveTo/lineTo/closePath, as Path2D and CanvasRenderingContext2D have) and returns the pixel
 * centroid of its largest ring (for tooltips), or of its vertices for lines.
 * @param {any} geometry
 * @param {(lon: number, lat: number) => number[]} project
 * @param {{moveTo(x: number, y: number): void, lineTo(x: number, y: number): void, closePath(): void}} context
 * @returns {number[] | null}
 */
export function traceGeometry(geometry, project, context) {
  let best = null;
  let bestArea = -1;
  let sx = 0;
  let sy = 0;
  let n = 0;
  const line = (coordinates, closed) => {
    let a = 0;
    let cx = 0;
    let cy = 0;
    let px;
    let py;
    coordinates.forEach(([lon, lat], i) => {
      const [x, y] = project(lon, lat);
      if (i === 0) context.moveTo(x, y);
      else {
        context.lineTo(x, y);
        const cross = px * y - x * py;
        a += cross;
        cx += (px + x) * cross;
        cy += (py + y) * cross;
      }
      sx += x;
      sy += y;
      ++n;
      px = x;
      py = y;
    });
    if (!closed) return;
    context.closePath();
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = a === 0 ? null : [cx / (3 * a), cy / (3 * a)];
    }
  };
  const polygon = (rings) => rings.forEach((ring) => line(ring, true));
  switch (geometry?.type) {
    case "Polygon":
      polygon(geometry.coordinates);
      break;
    case "MultiPolygon":
      geometry.coordinates.forEach(polygon);
      break;
    case "LineString":
      line(geometry.coordinates, false);
      break;
    case "MultiLineString":
      geometry.coordinates.forEach((c) => line(c, false));
      break;
    case "GeometryCollection":
      geometry.geometries.forEach((g) => traceGeometry(g, project, context));
      break;
  }
  return best ?? (n ? [sx / n, sy / n] : null);
}
