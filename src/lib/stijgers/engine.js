// The page's computations on the typed arrays of scores.js. Each function returns exactly what
// the SQL builder of the same name in queries.js returns (same rows, order and numbers; tests
// compare the two), so the SQL on the page is the definition and this is its fast evaluation.
import {objectMemo} from "../memo.js";
import {regionPredicate} from "../region.js";
import {groupOf, inFallerBase, normalizeDefinition} from "./definition.js";
import {BREAKDOWNS, SCORE_COLUMNS} from "./queries.js";

import {GROUP_IDS} from "./definition.js";

const [RISER, FALLER, REST, OTHER] = [0, 1, 2, 3];

// What does not depend on the definition is computed once per loaded level and reused:
// the complete pairs of two years, region masks, weights and breakdown keys.
const memo = objectMemo();
const cache = (scores, kind, key, make) => memo(scores, `${kind}|${key}`, make);

function completePairs(scores, baseYear, endYear) {
  return cache(scores, "pairs", `${baseYear}-${endYear}`, () => {
    const {n, cls} = scores;
    const b = scores.years.indexOf(baseYear) * n;
    const e = scores.years.indexOf(endYear) * n;
    const columns = SCORE_COLUMNS.map((c) => scores[c]);
    const index = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; ++i) {
      if (cls[b + i] <= 0 || cls[e + i] <= 0) continue;
      let complete = true;
      for (const values of columns) if (Number.isNaN(values[b + i]) || Number.isNaN(values[e + i])) complete = false;
      if (complete) index[m++] = i;
    }
    const start = new Int8Array(m);
    const end = new Int8Array(m);
    for (let k = 0; k < m; ++k) ((start[k] = cls[b + index[k]]), (end[k] = cls[e + index[k]]));
    const delta = {};
    SCORE_COLUMNS.forEach((c, j) => {
      const values = columns[j];
      const change = (delta[c] = new Float64Array(m));
      for (let k = 0; k < m; ++k) change[k] = values[e + index[k]] - values[b + index[k]];
    });
    return {m, index: index.slice(0, m), start, end, delta};
  });
}

/**
 * Per area: 1 when in the region; and how many areas that is. As regionCondition (region.js) in
 * SQL, the filter selects gemeenten: an area is in the region when the gemeente row of its
 * gemeente_code matches every condition (a buurt's own stedelijkheid does not count).
 * `region` is the region filter's value.
 */
export function regionMask(scores, region) {
  const conditions = regionPredicate(region);
  return cache(scores, "region", JSON.stringify(conditions), () => {
    const mask = new Uint8Array(scores.n);
    if (conditions.length === 0) return {mask: mask.fill(1), count: scores.n};
    if (!scores.gemeenten) throw new Error("Regiofilter zonder gemeenten: laad de scores met gemeenteRegionQuery()");
    const codes = new Set();
    for (const g of scores.gemeenten) if (conditions.every(({column, value}) => g[column] === value)) codes.add(g.code);
    let count = 0;
    scores.areas.forEach((a, i) => (codes.has(a.gemeente_code) ? ((mask[i] = 1), ++count) : 0));
    return {mask, count};
  });
}

function areaWeights(scores) {
  return cache(scores, "weights", "", () => ({
    inhabitants: Float64Array.from(scores.areas, (a) => a.inhabitants ?? 0),
    missing: Uint8Array.from(scores.areas, (a) => (a.inhabitants == null ? 1 : 0)),
  }));
}

/**
 * The complete pairs of the definition's years: per pair the area index, start and end class,
 * changes, weight, group and region membership. Everything else derives from this.
 */
export function classify(scores, def) {
  const d = normalizeDefinition(def, {years: scores.years});
  if (d.level !== scores.level) throw new Error(`Scores voor ${scores.level}, definitie voor ${d.level}`);
  const base = completePairs(scores, d.baseYear, d.endYear);
  const {mask, count} = regionMask(scores, d.region);
  const weights = areaWeights(scores);
  // Every rule depends on the start and end class only: look the answers up in 10 × 10 tables.
  const groupTable = new Uint8Array(100);
  const selectedTable = new Uint8Array(10);
  const baseTable = new Uint8Array(10);
  for (let s = 1; s <= 9; ++s) {
    selectedTable[s] = d.startClasses.includes(s) ? 1 : 0;
    baseTable[s] = inFallerBase(s, d) ? 1 : 0;
    for (let t = 1; t <= 9; ++t) groupTable[s * 10 + t] = GROUP_IDS.indexOf(groupOf(s, t, d));
  }
  const {m, index, start, end} = base;
  const pairs = {
    def: d,
    scores,
    m,
    index,
    start,
    end,
    delta: base.delta,
    areasInRegion: count,
    missingInhabitants: weights.missing,
    group: new Uint8Array(m),
    region: new Uint8Array(m),
    selected: new Uint8Array(m),
    fallerBase: new Uint8Array(m),
    w: new Float64Array(m),
  };
  const byInhabitants = d.weight === "inhabitants";
  for (let k = 0; k < m; ++k) {
    const i = index[k];
    const s = start[k];
    pairs.group[k] = groupTable[s * 10 + end[k]];
    pairs.selected[k] = selectedTable[s];
    pairs.fallerBase[k] = baseTable[s];
    pairs.region[k] = mask[i];
    pairs.w[k] = byInhabitants ? weights.inhabitants[i] : 1;
  }
  return pairs;
}

/** As summaryQuery. */
export function summary(p) {
  const out = {
    total: 0,
    selected: 0,
    risers: 0,
    fallers: 0,
    rest: 0,
    faller_base: 0,
    total_weight: 0,
    selected_weight: 0,
    risers_weight: 0,
    fallers_weight: 0,
    faller_base_weight: 0,
    missing_inhabitants: 0,
    areas_in_region: 0,
  };
  for (let k = 0; k < p.m; ++k) {
    if (!p.region[k]) continue;
    const w = p.w[k];
    out.total += 1;
    out.total_weight += w;
    if (p.selected[k]) ((out.selected += 1), (out.selected_weight += w));
    if (p.fallerBase[k]) ((out.faller_base += 1), (out.faller_base_weight += w));
    if (p.group[k] === RISER) ((out.risers += 1), (out.risers_weight += w));
    if (p.group[k] === FALLER) ((out.fallers += 1), (out.fallers_weight += w));
    if (p.group[k] === REST) out.rest += 1;
    out.missing_inhabitants += p.missingInhabitants[p.index[k]];
  }
  out.areas_in_region = p.areasInRegion;
  return out;
}

/** As matrixQuery. */
export function matrix(p) {
  const cells = new Map();
  for (let k = 0; k < p.m; ++k) {
    if (!p.region[k]) continue;
    const key = p.start[k] * 16 + p.end[k];
    const cell =
      cells.get(key) ?? cells.set(key, {start_class: p.start[k], end_class: p.end[k], n: 0, weight: 0}).get(key);
    cell.n += 1;
    cell.weight += p.w[k];
  }
  return [...cells.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell);
}

function accumulator(grp, startClass) {
  return {grp, start_class: startClass, n: 0, weight: 0, sums: new Float64Array(SCORE_COLUMNS.length)};
}
function add(acc, p, k, deltas) {
  const w = p.w[k];
  acc.n += 1;
  acc.weight += w;
  for (let c = 0; c < deltas.length; ++c) acc.sums[c] += w * deltas[c][k];
}
function finish(acc) {
  // sum() over no rows is NULL in SQL (an empty region, or years without scores).
  const row = {grp: acc.grp, start_class: acc.start_class, n: acc.n, weight: acc.n ? acc.weight : null};
  SCORE_COLUMNS.forEach((c, j) => (row[c] = acc.weight !== 0 ? acc.sums[j] / acc.weight : null));
  return row;
}

/** As decompositionQuery (rows ordered by group, then start class with the overall row first). */
export function decomposition(p) {
  const groups = new Map();
  const get = (grp, startClass) => {
    const key = `${grp}|${startClass ?? ""}`;
    return groups.get(key) ?? groups.set(key, accumulator(grp, startClass)).get(key);
  };
  const national = accumulator("landelijk", null);
  const region = regionPredicate(p.def.region).length ? accumulator("regio", null) : null;
  const deltas = SCORE_COLUMNS.map((c) => p.delta[c]);
  // Per group (stijger, daler, rest) one overall accumulator and one per start class.
  const overall = [0, 1, 2].map((g) => get(GROUP_IDS[g], null));
  const perClass = [0, 1, 2].map(() => new Array(10));
  for (let k = 0; k < p.m; ++k) {
    add(national, p, k, deltas);
    if (!p.region[k]) continue;
    if (region) add(region, p, k, deltas);
    const g = p.group[k];
    if (g === OTHER) continue;
    add(overall[g], p, k, deltas);
    const s = p.start[k];
    add((perClass[g][s] ??= get(GROUP_IDS[g], s)), p, k, deltas);
  }
  for (const [key, acc] of groups) if (acc.n === 0) groups.delete(key);
  const rows = [...groups.values(), national, ...(region ? [region] : [])].map(finish);
  return rows.sort((a, b) => (a.grp < b.grp ? -1 : a.grp > b.grp ? 1 : (a.start_class ?? -1) - (b.start_class ?? -1)));
}

function breakdownKeys(scores, by) {
  return cache(scores, "breakdown", by, () => {
    const spec = BREAKDOWNS[by];
    const keys = [];
    const labels = [];
    const position = new Map();
    const keyOf = Int32Array.from(scores.areas, (a) => {
      const key = a[spec.key];
      if (!position.has(key)) (position.set(key, keys.length), keys.push(key), labels.push(a[spec.label]));
      return position.get(key);
    });
    return {keys, labels, keyOf};
  });
}

/** As breakdownQuery. */
export function breakdown(p, by) {
  if (!BREAKDOWNS[by])
    throw new Error(`Onbekende uitsplitsing "${by}"; kies uit ${Object.keys(BREAKDOWNS).join(", ")}`);
  const {keys, labels, keyOf} = breakdownKeys(p.scores, by);
  const counts = new Float64Array(keys.length * 9); // total, selected, risers, faller_base, fallers, and four weights
  const seen = new Uint8Array(keys.length);
  for (let k = 0; k < p.m; ++k) {
    if (!p.region[k]) continue;
    const j = keyOf[p.index[k]] * 9;
    const w = p.w[k];
    seen[j / 9] = 1;
    counts[j] += 1;
    if (p.selected[k]) ((counts[j + 1] += 1), (counts[j + 5] += w));
    if (p.group[k] === RISER) ((counts[j + 2] += 1), (counts[j + 6] += w));
    if (p.fallerBase[k]) ((counts[j + 3] += 1), (counts[j + 7] += w));
    if (p.group[k] === FALLER) ((counts[j + 4] += 1), (counts[j + 8] += w));
  }
  const rows = [];
  keys.forEach((key, g) => {
    if (!seen[g]) return;
    const j = g * 9;
    rows.push({
      key,
      label: labels[g],
      total: counts[j],
      selected: counts[j + 1],
      risers: counts[j + 2],
      faller_base: counts[j + 3],
      fallers: counts[j + 4],
      selected_weight: counts[j + 5],
      risers_weight: counts[j + 6],
      faller_base_weight: counts[j + 7],
      fallers_weight: counts[j + 8],
    });
  });
  // ORDER BY key: NULL last, as DuckDB does.
  return rows.sort(
    (a, b) => Number(a.key == null) - Number(b.key == null) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export {GROUP_IDS};
export {areaGroups, areaTable, mapGroups, trajectory} from "./engine-areas.js";
