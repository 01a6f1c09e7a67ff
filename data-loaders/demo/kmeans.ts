/** Small deterministic k-means for grouping places into contiguous regions. */
import type {Point} from "./planar.ts";

export interface KMeansOptions {
  /** Centres that stay where they are (their points still join them). */
  fixedCenters?: Point[];
  iterations?: number;
  weights?: number[];
}

const sq = (a: Point, b: Point) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Farthest-point start: deterministic and spreads centres over the whole set. */
function farthestPointCenters(points: Point[], k: number, fixed: Point[]): Point[] {
  const centers = fixed.slice();
  if (centers.length === 0) {
    let top = 0;
    for (let i = 1; i < points.length; i++) if (points[i][1] > points[top][1]) top = i;
    centers.push(points[top]);
  }
  const nearest = points.map((p) => Math.min(...centers.map((c) => sq(p, c))));
  while (centers.length < k) {
    let best = 0;
    for (let i = 1; i < points.length; i++) if (nearest[i] > nearest[best]) best = i;
    const c = points[best];
    centers.push(c);
    points.forEach((p, i) => (nearest[i] = Math.min(nearest[i], sq(p, c))));
  }
  return centers;
}

/** Returns the cluster index of each point; clusters are renumbered 0..m-1 with no empty ones. */
export function kMeans(points: Point[], k: number, options: KMeansOptions = {}): number[] {
  const fixed = options.fixedCenters ?? [];
  const weights = options.weights ?? points.map(() => 1);
  const centers = farthestPointCenters(points, Math.min(k, points.length), fixed);
  const assignment = new Array<number>(points.length).fill(0);
  for (let iteration = 0; iteration < (options.iterations ?? 12); iteration++) {
    points.forEach((p, i) => {
      let best = 0;
      for (let c = 1; c < centers.length; c++) if (sq(p, centers[c]) < sq(p, centers[best])) best = c;
      assignment[i] = best;
    });
    const sums = centers.map(() => [0, 0, 0]);
    points.forEach((p, i) => {
      const s = sums[assignment[i]];
      s[0] += p[0] * weights[i];
      s[1] += p[1] * weights[i];
      s[2] += weights[i];
    });
    sums.forEach((s, c) => {
      if (c >= fixed.length && s[2] > 0) centers[c] = [s[0] / s[2], s[1] / s[2]];
    });
  }
  const renumber = new Map<number, number>();
  return assignment.map((a) => {
    if (!renumber.has(a)) renumber.set(a, renumber.size);
    return renumber.get(a)!;
  });
}
