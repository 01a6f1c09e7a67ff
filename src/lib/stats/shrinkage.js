// Rankings of many regions by their correlation reward small regions for luck (the winner's
// curse). Empirical-Bayes shrinkage of Fisher's z towards the precision-weighted mean: each region
// has sampling variance vᵢ = 1/(nᵢ − 3) and the regions differ by τ², estimated by the method of
// moments (DerSimonian & Laird 1986). The shrunken zᵢ* = μ + Bᵢ(zᵢ − μ) with Bᵢ = τ²/(τ² + vᵢ),
// and posterior variance Bᵢvᵢ: a small region moves most, a large one hardly at all.
import {normalQuantile} from "./normal.js";

/**
 * @param {{r: number, n?: number}[]} rows regions (n > 3, |r| < 1; others are passed through unshrunk)
 * @param {{level?: number}} [options]
 * @returns {{rows: any[], mean: number, tau2: number}} rows with shrunk, shrunkLower, shrunkUpper and factor Bᵢ
 */
export function shrinkCorrelations(rows, {level = 0.95} = {}) {
  const usable = rows.filter((d) => d.n > 3 && Number.isFinite(d.r) && Math.abs(d.r) < 1);
  const z = usable.map((d) => Math.atanh(d.r));
  const v = usable.map((d) => 1 / (d.n - 3));
  const w = v.map((x) => 1 / x);
  const sw = w.reduce((s, x) => s + x, 0);
  const fixed = z.reduce((s, x, i) => s + w[i] * x, 0) / sw;
  const q = z.reduce((s, x, i) => s + w[i] * (x - fixed) ** 2, 0);
  const c = sw - w.reduce((s, x) => s + x * x, 0) / sw;
  const tau2 = usable.length > 1 ? Math.max(0, (q - (usable.length - 1)) / c) : 0;
  const wr = v.map((x) => 1 / (x + tau2));
  const mean = z.reduce((s, x, i) => s + wr[i] * x, 0) / wr.reduce((s, x) => s + x, 0);
  const half = normalQuantile(1 - (1 - level) / 2);
  const byRow = new Map(
    usable.map((d, i) => {
      const factor = tau2 / (tau2 + v[i]);
      const centre = mean + factor * (z[i] - mean);
      const sd = Math.sqrt(factor * v[i]);
      return [
        d,
        {
          factor,
          shrunk: Math.tanh(centre),
          shrunkLower: Math.tanh(centre - half * sd),
          shrunkUpper: Math.tanh(centre + half * sd),
        },
      ];
    }),
  );
  const none = {factor: null, shrunk: null, shrunkLower: null, shrunkUpper: null};
  return {rows: rows.map((d) => ({...d, ...(byRow.get(d) ?? none)})), mean: Math.tanh(mean), tau2};
}
