// Summaries of the LISA clusters: how many areas per cluster type, and which gemeenten have the
// most areas in a low–low cluster.

/**
 * [{label, n}]: the number of areas of every cluster type, in the order of `labels`.
 * @param {{cluster: number}[]} clusters lisaClusters
 * @param {readonly string[]} labels lisaClusterLabels(mode)
 */
export function countClusters(clusters, labels) {
  const counts = new Array(labels.length).fill(0);
  for (const d of clusters) if (d.cluster >= 0 && d.cluster < labels.length) ++counts[d.cluster];
  return labels.map((label, i) => ({label, n: counts[i]}));
}

/**
 * The gemeenten with at least one area in cluster `lowLow`, most such areas first (ties: the
 * larger share of their areas), at most `limit`: [{name, lowLow, areas}].
 * @param {{gemeente_code: string, gemeente_name: string, cluster: number}[]} clusters
 * @param {number} lowLow lowLowCluster(mode)
 * @param {number} [limit]
 */
export function gemeentenByLowLow(clusters, lowLow, limit = 10) {
  const byGemeente = new Map();
  for (const d of clusters) {
    const g = byGemeente.get(d.gemeente_code) ?? {name: d.gemeente_name, lowLow: 0, areas: 0};
    g.areas++;
    if (d.cluster === lowLow) g.lowLow++;
    byGemeente.set(d.gemeente_code, g);
  }
  return [...byGemeente.values()]
    .filter((g) => g.lowLow > 0)
    .sort((a, b) => b.lowLow - a.lowLow || b.lowLow / b.areas - a.lowLow / a.areas)
    .slice(0, limit);
}
