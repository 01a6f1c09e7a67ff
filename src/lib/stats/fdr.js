/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order; nulls stay null.
 * A test is a discovery at false discovery rate α when its adjusted p ≤ α.
 */
export function benjaminiHochberg(ps) {
  const index = [];
  ps.forEach((p, i) => p != null && !Number.isNaN(p) && index.push(i));
  index.sort((a, b) => ps[b] - ps[a]);
  const m = index.length;
  const adjusted = ps.map(() => null);
  let running = 1;
  index.forEach((i, k) => {
    const rank = m - k; // descending order: the largest p has rank m
    running = Math.min(running, (ps[i] * m) / rank);
    adjusted[i] = running;
  });
  return adjusted;
}

/** Bonferroni adjusted p-values, capped at 1; nulls stay null. */
export function bonferroni(ps) {
  const m = ps.filter((p) => p != null && !Number.isNaN(p)).length;
  return ps.map((p) => (p == null || Number.isNaN(p) ? null : Math.min(1, p * m)));
}

/** Adjusted p-values for a named method: "none", "fdr" (Benjamini–Hochberg) or "bonferroni". */
export function adjustPValues(ps, method = "none") {
  if (method === "fdr") return benjaminiHochberg(ps);
  if (method === "bonferroni") return bonferroni(ps);
  if (method === "none") return ps.slice();
  throw new Error(`Onbekende correctie ${JSON.stringify(method)}`);
}

/**
 * Can a correction flag anything at all with permutation p-values? The smallest pseudo p is
 * 1/(R + 1); Bonferroni needs p ≤ α/m, so with α/m < 1/(R + 1) it can never reject, and an empty
 * map would look like "no clusters". FDR and no correction always can. Returns {feasible, smallestP, needed}.
 * @param {string} method "none" | "fdr" | "bonferroni"
 * @param {{alpha: number, tests: number, permutations: number}} setting
 */
export function correctionFeasibility(method, {alpha, tests, permutations}) {
  const smallestP = 1 / (permutations + 1);
  const needed = method === "bonferroni" ? alpha / Math.max(1, tests) : alpha;
  return {feasible: smallestP <= needed, smallestP, needed};
}
