// Percentile bootstrap of a (weighted) Pearson or Spearman correlation in O(n) per replicate.
// A resample is represented by how often each row was drawn (its multiplicity c_i): the resample's
// weighted Pearson r is the Pearson r with weights w_i·c_i, and its mid-ranks follow from one
// sort of the original data, so no replicate needs a sort. With the same seed it draws exactly
// the rows that bootstrapInterval draws, which the tests use to check it.
//
// Self-contained (no imports, no outer names): the analysis worker is built from its source text.

/**
 * x, y, w: Float64Array of complete cases (w = null for unweighted). method "pearson" | "spearman".
 * Returns {estimate, lower, upper, replicates}.
 */
export function correlationBootstrapKernel(x, y, w, method, replicates, level, seed) {
  const n = x.length;
  // mulberry32, inlined: the kernel is sent to the worker as source text, so it may not import.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const orderOf = (v) => Int32Array.from({length: n}, (_, i) => i).sort((a, b) => v[a] - v[b]);
  const ox = method === "spearman" ? orderOf(x) : null,
    oy = method === "spearman" ? orderOf(y) : null;
  const rx = new Float64Array(n),
    ry = new Float64Array(n);
  // Weighted mid-ranks: weight below the tie group plus half the tie group's weight.
  const midRanks = (v, order, weight, out) => {
    let below = 0;
    for (let s = 0; s < n;) {
      let e = s,
        group = 0;
      while (e < n && v[order[e]] === v[order[s]]) group += weight[order[e++]];
      for (let q = s; q < e; ++q) out[order[q]] = below + group / 2;
      below += group;
      s = e;
    }
  };
  const weightedR = (a, b, weight) => {
    let sw = 0,
      sa = 0,
      sb = 0;
    for (let i = 0; i < n; ++i)
      if (weight[i] > 0) ((sw += weight[i]), (sa += weight[i] * a[i]), (sb += weight[i] * b[i]));
    const ma = sa / sw,
      mb = sb / sw;
    let sab = 0,
      saa = 0,
      sbb = 0;
    for (let i = 0; i < n; ++i) {
      if (!(weight[i] > 0)) continue;
      const da = a[i] - ma,
        db = b[i] - mb;
      ((sab += weight[i] * da * db), (saa += weight[i] * da * da), (sbb += weight[i] * db * db));
    }
    return sab / Math.sqrt(saa * sbb);
  };
  const statistic = (weight) => {
    if (method !== "spearman") return weightedR(x, y, weight);
    midRanks(x, ox, weight, rx);
    midRanks(y, oy, weight, ry);
    return weightedR(rx, ry, weight);
  };
  const base = w ? Float64Array.from(w) : new Float64Array(n).fill(1);
  const estimate = statistic(base);
  const counts = new Float64Array(n),
    weight = new Float64Array(n),
    values = [];
  for (let b = 0; b < replicates; ++b) {
    counts.fill(0);
    for (let i = 0; i < n; ++i) ++counts[Math.floor(random() * n)];
    for (let i = 0; i < n; ++i) weight[i] = counts[i] * base[i];
    const r = statistic(weight);
    if (Number.isFinite(r)) values.push(r);
  }
  values.sort((a, b) => a - b);
  const quantile = (p) => {
    if (!values.length) return NaN;
    const h = (values.length - 1) * p,
      lo = Math.floor(h),
      hi = Math.ceil(h);
    return values[lo] + (values[hi] - values[lo]) * (h - lo);
  };
  const alpha = (1 - level) / 2;
  return {estimate, lower: quantile(alpha), upper: quantile(1 - alpha), replicates: values.length};
}
