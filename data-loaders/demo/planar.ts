/** Planar geometry in the generator's km frame, and the mapping to WGS84 lon/lat. */
import {FRAME} from "./params.ts";

export type Point = [number, number];
export type Ring = Point[];

const kmPerDegLon = FRAME.kmPerDegLat * Math.cos((FRAME.lat0 * Math.PI) / 180);

export const toLonLat = ([x, y]: Point): Point => [FRAME.lon0 + x / kmPerDegLon, FRAME.lat0 + y / FRAME.kmPerDegLat];

/** Shoelace area; positive for counterclockwise rings (x right, y up). Closed or open rings. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

export function ringCentroid(ring: Ring): Point {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0 ? ring[0] : [cx / (3 * a), cy / (3 * a)];
}

export const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

export const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
