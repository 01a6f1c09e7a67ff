// The scores of every area of one level in every year, loaded once from DuckDB into typed arrays.
// A change of definition, years, weighting or region is then recomputed in the browser in a few
// milliseconds (engine.js) instead of re-running a self-join per chart, which on
// DuckDB-WASM costs far more than the 150 ms a control change may take.
import {objectMemo} from "../memo.js";
import {sql} from "../sql.js";
import {SCORE_COLUMNS} from "./queries.js";

export const AREA_COLUMNS = [
  "code",
  "name",
  "gemeente_code",
  "gemeente_name",
  "provincie_code",
  "provincie_name",
  "corop_code",
  "corop_name",
  "size_class",
  "stedelijkheid",
  "inhabitants",
];

/** The areas of a level, in code order (their position is the index used by scoresQuery). */
export function levelAreasQuery(level) {
  return sql`SELECT code, name, gemeente_code, gemeente_name, provincie_code, provincie_name,
       corop_code, corop_name, size_class, stedelijkheid, inhabitants
FROM areas WHERE level = ${level} ORDER BY code`;
}

/**
 * The gemeente rows' region columns: the region filter selects gemeenten, and an area is in the
 * region when its gemeente is (as regionCondition in region.js does in SQL).
 */
export function gemeenteRegionQuery() {
  return sql`SELECT code, provincie_code, corop_code, gemeente_code, size_class, stedelijkheid
FROM areas WHERE level = 'gemeente' ORDER BY code`;
}

/**
 * Scores per area index and year; missing values as NaN (class as 0), so that the columns arrive
 * as plain typed arrays.
 */
export function scoresQuery(level) {
  return sql`WITH a AS (SELECT code, (row_number() OVER (ORDER BY code) - 1)::INTEGER AS i FROM areas WHERE level = ${level})
SELECT a.i, l.year::INTEGER AS year, coalesce(l.lbm_class, 0)::INTEGER AS lbm_class,
       coalesce(l.lbm::DOUBLE, 'NaN'::DOUBLE) AS lbm, coalesce(l.afw::DOUBLE, 'NaN'::DOUBLE) AS afw,
       coalesce(l.won::DOUBLE, 'NaN'::DOUBLE) AS won, coalesce(l.fys::DOUBLE, 'NaN'::DOUBLE) AS fys, coalesce(l.vrz::DOUBLE, 'NaN'::DOUBLE) AS vrz,
       coalesce(l.soc::DOUBLE, 'NaN'::DOUBLE) AS soc, coalesce(l.onv::DOUBLE, 'NaN'::DOUBLE) AS onv
FROM lbm AS l JOIN a ON a.code = l.code
WHERE l.level = ${level}`;
}

/** @param {ArrayLike<number>} column */
const yearsIn = (column) => [...new Set(Array.from(column, Number))].sort((a, b) => a - b);

/**
 * {level, n, years, areas, gemeenten, cls, lbm, afw, won, fys, vrz, soc, onv}: per measure one
 * array of n × years.length values at [yearIndex * n + areaIndex]. `long` holds the columns of
 * scoresQuery (arrays or typed arrays of equal length); `gemeenten` the rows of
 * gemeenteRegionQuery (needed as soon as a region is chosen). `years` defaults to the years in
 * `long`, i.e. the years the data has for this level.
 * @param {string} level
 * @param {any[]} areas
 * @param {any} long
 * @param {{years?: readonly number[], gemeenten?: any[] | null}} [options]
 */
export function buildScores(level, areas, long, {years = yearsIn(long.year), gemeenten = null} = {}) {
  const n = areas.length;
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const size = n * years.length;
  const out = {
    level,
    n,
    years: [...years],
    areas,
    gemeenten,
    cls: new Int8Array(size),
    lbm: new Float64Array(size).fill(NaN),
  };
  for (const c of SCORE_COLUMNS) out[c] = new Float64Array(size).fill(NaN);
  const {i: index, year} = long;
  for (let r = 0; r < index.length; ++r) {
    const t = yearIndex.get(year[r]);
    if (t === undefined || index[r] < 0 || index[r] >= n) continue;
    const k = t * n + index[r];
    out.cls[k] = long.lbm_class[r];
    out.lbm[k] = long.lbm[r];
    for (const c of SCORE_COLUMNS) out[c][k] = long[c][r];
  }
  return out;
}

/**
 * The three queries that load a level, in the order loadScores runs them; first-view.js lists
 * the same ones, so the stored first view answers exactly what the page asks.
 * @param {string} level
 */
export function loadQueries(level) {
  return {areas: levelAreasQuery(level), gemeenten: gemeenteRegionQuery(), scores: scoresQuery(level)};
}

/** Runs the three queries and builds the arrays; `db` is the page's openDatabase() handle. */
export async function loadScores(db, level) {
  const queries = loadQueries(level);
  const [areas, gemeenten, table] = await Promise.all([
    db.query(queries.areas),
    db.query(queries.gemeenten),
    db.queryArrow(queries.scores),
  ]);
  const column = (name) => table.getChild(name).toArray();
  const long = {i: column("i"), year: column("year"), lbm_class: column("lbm_class"), lbm: column("lbm")};
  for (const c of SCORE_COLUMNS) long[c] = column(c);
  return buildScores(level, areas, long, {gemeenten});
}

const loaded = objectMemo();

/**
 * loadScores once per database and level: switching the level back is instant.
 * @param {object} db
 * @param {string} level
 */
export function scoresForLevel(db, level) {
  return loaded(db, level, () => loadScores(db, level));
}
