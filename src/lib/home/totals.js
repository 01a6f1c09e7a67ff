// Home's headline counts from the class distribution (overview.js classDistribution rows).

/**
 * Areas and households in all classes and in the classes below voldoende.
 * @param {{areas: number, households: number | null, insufficient: boolean}[]} distribution
 */
export function classTotals(distribution) {
  const totals = {areas: 0, insufficient: 0, households: 0, householdsInsufficient: 0};
  for (const d of distribution) {
    totals.areas += d.areas ?? 0;
    totals.households += d.households ?? 0;
    if (d.insufficient) {
      totals.insufficient += d.areas ?? 0;
      totals.householdsInsufficient += d.households ?? 0;
    }
  }
  return totals;
}
