// The rows behind the page's tables, one per buurt, for the CSV download.
/**
 * @param {ReturnType<import("./gaps.js").gapRows>} gaps
 * @param {ReturnType<import("./what-if.js").whatIfRows>} whatIf
 * @param {Record<string, number>} deltas
 */
export function scenarioDownloadRows(gaps, whatIf, deltas) {
  const after = new Map(whatIf.map((r) => [r.code, r]));
  return gaps.map((g) => ({
    ...g,
    ...Object.fromEntries(Object.entries(deltas).map(([d, x]) => [`wat_als_${d}`, x])),
    wat_als_lbm: after.get(g.code)?.new_lbm ?? null,
    wat_als_klasse: after.get(g.code)?.new_class ?? null,
  }));
}
