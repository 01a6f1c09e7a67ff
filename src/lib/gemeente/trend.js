// The profile's "Stand en trend": a gemeente's classes per year and its share below voldoende
// against its peers and the country, counted from the national classCounts rows (queries.js).

/**
 * The gemeente's number of areas per level, year and class: {level, year, lbm_class, areas},
 * ordered by level, year and class.
 * @param {any[]} counts classCounts rows: {gemeente_code, level, year, lbm_class, areas}
 * @param {string} gemeente
 */
export function classTrendRows(counts, gemeente) {
  return counts
    .filter((d) => d.gemeente_code === gemeente)
    .map(({level, year, lbm_class, areas}) => ({level, year, lbm_class, areas}))
    .sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : a.year - b.year || a.lbm_class - b.lbm_class));
}

/**
 * Per year in which the country has areas of `level`: the share below `sufficientClass` of the
 * gemeente, of its peers (all their areas pooled) and of the country, with the number of areas
 * behind each. A share is null where there are no areas (an empty peer group), never zero.
 * @param {any[]} counts classCounts rows: {gemeente_code, level, year, lbm_class, areas}
 * @param {{gemeente: string, peers: readonly string[], level: string, sufficientClass: number}} options
 */
export function insufficientTrendRows(counts, {gemeente, peers, level, sufficientClass}) {
  const peerSet = new Set(peers);
  const empty = () => ({below: 0, areas: 0});
  const byYear = new Map();
  for (const d of counts) {
    if (d.level !== level) continue;
    let year = byYear.get(d.year);
    if (!year) byYear.set(d.year, (year = {gemeente: empty(), peers: empty(), national: empty()}));
    const scopes = [year.national];
    if (d.gemeente_code === gemeente) scopes.push(year.gemeente);
    if (peerSet.has(d.gemeente_code)) scopes.push(year.peers);
    for (const scope of scopes) {
      scope.areas += d.areas;
      if (d.lbm_class < sufficientClass) scope.below += d.areas;
    }
  }
  const share = ({below, areas}) => (areas > 0 ? below / areas : null);
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, s]) => ({
      year,
      gemeente: share(s.gemeente),
      peers: share(s.peers),
      national: share(s.national),
      gemeente_areas: s.gemeente.areas,
      peer_areas: s.peers.areas,
      national_areas: s.national.areas,
    }));
}
