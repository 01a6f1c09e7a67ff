/** Demoland's coastline: a star-shaped wobbly ellipse, so "inside" is a cheap radial test. */
import {OUTLINE} from "./params.ts";
import type {Point} from "./planar.ts";
import {Random} from "./random.ts";

export interface Outline {
  /** Distance from the origin to the coast in direction theta (km). */
  radiusAt(theta: number): number;
  contains(p: Point, marginKm?: number): boolean;
  /** Points just outside the coast that bound the land cells of the Voronoi diagram. */
  seaPoints(spacingKm: number): Point[];
  bounds: [number, number, number, number];
}

export function createOutline(seed: number): Outline {
  const random = Random.stream(seed, "outline");
  const harmonics = [2, 3, 4, 5, 7, 9].map((k) => ({
    k,
    amplitude: random.between(0.2, 1),
    phase: random.between(0, 2 * Math.PI),
  }));
  const total = harmonics.reduce((s, h) => s + h.amplitude, 0);
  const {semiAxisX: a, semiAxisY: b, wobble} = OUTLINE;

  const ellipseRadius = (theta: number) => (a * b) / Math.hypot(b * Math.cos(theta), a * Math.sin(theta));
  const radiusAt = (theta: number) =>
    ellipseRadius(theta) *
    (1 + (wobble / total) * harmonics.reduce((s, h) => s + h.amplitude * Math.cos(h.k * theta + h.phase), 0));

  const contains = ([x, y]: Point, marginKm = 0) => Math.hypot(x, y) < radiusAt(Math.atan2(y, x)) - marginKm;

  function seaPoints(spacingKm: number): Point[] {
    const points: Point[] = [];
    for (const [offset, spacing] of [
      [spacingKm * 0.6, spacingKm],
      [spacingKm * 4, spacingKm * 3],
      [60, 25],
    ] as const) {
      const perimeter = 2 * Math.PI * Math.max(a, b) * 1.3 + 2 * Math.PI * offset;
      const n = Math.ceil(perimeter / spacing);
      for (let i = 0; i < n; i++) {
        const theta = (2 * Math.PI * i) / n;
        const r = radiusAt(theta) + offset;
        points.push([r * Math.cos(theta), r * Math.sin(theta)]);
      }
    }
    return points;
  }

  const reach = Math.max(a, b) * (1 + wobble) + 100;
  return {radiusAt, contains, seaPoints, bounds: [-reach, -reach, reach, reach]};
}
