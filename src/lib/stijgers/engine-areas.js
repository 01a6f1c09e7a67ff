// The per-area outputs of the engine (see engine.js): group per area for the map, the table of
// risers, fallers and rest, and an area's scores over the years.
import {GROUP_IDS} from "./definition.js";
import {SCORE_COLUMNS} from "./queries.js";

const OTHER = 3;

/** Group per area index (0 stijger, 1 daler, 2 rest, 3 overig; 255 = outside the region or incomplete), for the map. */
export function areaGroups(p) {
  const out = new Uint8Array(p.scores.n).fill(255);
  for (let k = 0; k < p.m; ++k) if (p.region[k]) out[p.index[k]] = p.group[k];
  return out;
}

/** As mapQuery: {code, grp} of every pair in the region. */
export function mapGroups(p) {
  const rows = [];
  for (let k = 0; k < p.m; ++k)
    if (p.region[k]) rows.push({code: p.scores.areas[p.index[k]].code, grp: GROUP_IDS[p.group[k]]});
  return rows;
}

/** Years and total scores of area index i, for the years that have a score. */
export function trajectory(scores, i) {
  const years = [];
  const values = [];
  scores.years.forEach((year, t) => {
    const v = scores.lbm[t * scores.n + i];
    if (!Number.isNaN(v)) (years.push(year), values.push(v));
  });
  return {years, scores: values};
}

/**
 * As areaTableQuery: risers, fallers and rest in the region with changes and all-year scores.
 * With {trajectories: false} the rows get `index` instead of years/scores (see trajectory()),
 * so a table can compute them only for the rows it shows.
 */
export function areaTable(p, {trajectories = true} = {}) {
  const {scores} = p;
  const rows = [];
  for (let k = 0; k < p.m; ++k) {
    if (!p.region[k] || p.group[k] === OTHER) continue;
    const i = p.index[k];
    const area = scores.areas[i];
    const b = scores.years.indexOf(p.def.baseYear) * scores.n + i;
    const e = scores.years.indexOf(p.def.endYear) * scores.n + i;
    const row = {
      code: area.code,
      name: area.name,
      gemeente_name: area.gemeente_name,
      grp: GROUP_IDS[p.group[k]],
      start_class: p.start[k],
      end_class: p.end[k],
      start_lbm: nan(scores.lbm[b]),
      end_lbm: nan(scores.lbm[e]),
    };
    for (const c of SCORE_COLUMNS) row[`d_${c}`] = p.delta[c][k];
    row.inhabitants = area.inhabitants;
    if (trajectories) Object.assign(row, trajectory(scores, i));
    else row.index = i;
    rows.push(row);
  }
  const rank = {stijger: 1, daler: 2, rest: 3};
  return rows.sort(
    (a, b) => rank[a.grp] - rank[b.grp] || b.d_afw - a.d_afw || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

const nan = (x) => (Number.isNaN(x) ? null : x);
