// Home's overview of a region, summed in JavaScript from the per-gemeente class counts
// (queries.js gemeenteClasses): the region filter selects whole gemeenten, so choosing a provincie,
// COROP, size class or stedelijkheid needs no query.

// A sum over values of which none is known stays null, as SQL's sum() does.
const plus = (total, value) => (value == null ? total : (total ?? 0) + value);

/**
 * Per LBM class, ascending: the areas, households and inhabitants in the gemeenten `gemeenten`,
 * and whether the class is below `sufficientClass`. Classes without areas are absent.
 * @param {{code: string, lbm_class: number, areas: number, households: number | null, inhabitants: number | null}[]} rows gemeenteClasses rows
 * @param {{gemeenten: ReadonlySet<string>, sufficientClass: number}} options
 */
export function classDistribution(rows, {gemeenten, sufficientClass}) {
  const byClass = new Map();
  for (const row of rows) {
    if (!gemeenten.has(row.code)) continue;
    let d = byClass.get(row.lbm_class);
    if (!d) {
      d = {lbm_class: row.lbm_class, areas: 0, households: null, inhabitants: null};
      byClass.set(row.lbm_class, d);
    }
    d.areas += row.areas;
    d.households = plus(d.households, row.households);
    d.inhabitants = plus(d.inhabitants, row.inhabitants);
  }
  return [...byClass.values()]
    .sort((a, b) => a.lbm_class - b.lbm_class)
    .map((d) => ({...d, insufficient: d.lbm_class < sufficientClass}));
}

/**
 * Per gemeente in `gemeenten`, by code: its areas with a score and the share of them below
 * `sufficientClass`, named as in `areas` (the gemeente rows); gemeenten without scored areas are absent.
 * @param {{code: string, lbm_class: number, areas: number}[]} rows gemeenteClasses rows
 * @param {{gemeenten: ReadonlySet<string>, sufficientClass: number, areas: {code: string, name: string}[]}} options
 * @returns {{code: string, name: string | null, areas: number, share: number}[]}
 */
export function insufficientShares(rows, {gemeenten, sufficientClass, areas}) {
  const names = new Map(areas.map((d) => [d.code, d.name]));
  const byGemeente = new Map();
  for (const row of rows) {
    if (!gemeenten.has(row.code)) continue;
    let g = byGemeente.get(row.code);
    if (!g) byGemeente.set(row.code, (g = {code: row.code, areas: 0, below: 0}));
    g.areas += row.areas;
    if (row.lbm_class < sufficientClass) g.below += row.areas;
  }
  return [...byGemeente.values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({code, areas, below}) => ({code, name: names.get(code) ?? null, areas, share: below / areas}));
}
