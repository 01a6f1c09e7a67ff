// SQL for the Stijgers en dalers page. Every query starts from the same two CTEs:
//   pairs      — one row per area of the level with complete scores in both years: start and
//                end class, the change in afw and in each dimension, its areas attributes;
//   classified — the pairs with the weight, the selection, the group (stijger/daler/rest/overig)
//                and whether the area lies in the chosen region (through its gemeente, as on
//                every page: see region.js).
// The group rules mirror transition-definition.js exactly (tests check both on every class pair).
import {DIMENSION_IDS} from "../registry.js";
import {regionPredicate} from "../region.js";
import {ident, join, raw, sql} from "../sql.js";
import {regionCondition} from "../region-sql.js";
import {normalizeDefinition} from "./definition.js";

export const SCORE_COLUMNS = ["afw", ...DIMENSION_IDS];

/** Columns a breakdown can group by, with the column that names each group. */
export const BREAKDOWNS = {
  provincie: {key: "provincie_code", label: "provincie_name"},
  corop: {key: "corop_code", label: "corop_name"},
  gemeente: {key: "gemeente_code", label: "gemeente_name"},
  size_class: {key: "size_class", label: "size_class"},
  stedelijkheid: {key: "stedelijkheid", label: "stedelijkheid"},
};

const list = (values) => raw(values.map((v) => String(Number(v))).join(", "));

function riserCondition(d) {
  const selected = sql`start_class IN (${list(d.startClasses)}) AND end_class > start_class`;
  return d.riserMode === "gain"
    ? sql`${selected} AND end_class - start_class >= ${d.riserGain}`
    : sql`${selected} AND end_class >= ${d.riserMinClass}`;
}

function fallerCondition(d) {
  return d.fallerMode === "fromSufficient"
    ? sql`start_class IN (${list(d.fallerFromClasses)}) AND end_class < ${d.sufficientClass}`
    : sql`start_class IN (${list(d.startClasses)}) AND end_class < start_class`;
}

function fallerBase(d) {
  return d.fallerMode === "fromSufficient"
    ? sql`start_class IN (${list(d.fallerFromClasses)})`
    : sql`start_class IN (${list(d.startClasses)})`;
}

/** The shared CTEs (without WITH). Class lists are integers checked by normalizeDefinition, written inline for readability. */
export function classifiedCte(def) {
  const d = normalizeDefinition(def);
  const deltas = join(
    SCORE_COLUMNS.map((c) => sql`e.${ident(c, SCORE_COLUMNS)} - s.${ident(c, SCORE_COLUMNS)} AS ${raw(`d_${c}`)}`),
    ", ",
  );
  const complete = join(
    SCORE_COLUMNS.map((c) => sql`${raw(`d_${c}`)} IS NOT NULL`),
    " AND ",
  );
  const weight = d.weight === "inhabitants" ? raw("coalesce(inhabitants, 0)::DOUBLE") : raw("1.0::DOUBLE");
  return sql`pairs AS (
  SELECT s.code, a.name, a.gemeente_code, a.gemeente_name, a.provincie_code, a.provincie_name,
         a.corop_code, a.corop_name, a.size_class, a.stedelijkheid, a.inhabitants,
         s.lbm_class AS start_class, e.lbm_class AS end_class, s.lbm AS start_lbm, e.lbm AS end_lbm,
         ${deltas},
         ${regionCondition(d.region, "a")} AS in_region
  FROM lbm AS s
  JOIN lbm AS e ON e.code = s.code AND e.level = s.level AND e.year = ${d.endYear}
  JOIN areas AS a ON a.code = s.code
  WHERE s.level = ${d.level} AND s.year = ${d.baseYear}
    AND s.lbm_class IS NOT NULL AND e.lbm_class IS NOT NULL
), classified AS (
  SELECT *,
         ${weight} AS w,
         start_class IN (${list(d.startClasses)}) AS selected,
         ${fallerBase(d)} AS faller_base,
         CASE WHEN ${riserCondition(d)} THEN 'stijger'
              WHEN ${fallerCondition(d)} THEN 'daler'
              WHEN start_class IN (${list(d.startClasses)}) THEN 'rest'
              ELSE 'overig' END AS grp
  FROM pairs
  WHERE ${complete}
)`;
}

/** Counts of the page's headline: selection, risers, fallers, rest, with weights. */
export function summaryQuery(def) {
  const d = normalizeDefinition(def);
  const share = (count) => raw(`count(*) FILTER (WHERE ${count})`);
  const weight = (count) => raw(`coalesce(sum(w) FILTER (WHERE ${count}), 0)`);
  return sql`WITH ${classifiedCte(d)}
SELECT count(*) AS total,
       ${share("selected")} AS selected,
       ${share("grp = 'stijger'")} AS risers,
       ${share("grp = 'daler'")} AS fallers,
       ${share("grp = 'rest'")} AS rest,
       ${share("faller_base")} AS faller_base,
       coalesce(sum(w), 0) AS total_weight,
       ${weight("selected")} AS selected_weight,
       ${weight("grp = 'stijger'")} AS risers_weight,
       ${weight("grp = 'daler'")} AS fallers_weight,
       ${weight("faller_base")} AS faller_base_weight,
       ${share("inhabitants IS NULL")} AS missing_inhabitants,
       (SELECT count(*) FROM areas AS a WHERE a.level = ${d.level} AND ${regionCondition(d.region, "a")}) AS areas_in_region
FROM classified
WHERE in_region`;
}

/** Start class × end class over the region: count and summed weight per cell. */
export function matrixQuery(def) {
  return sql`WITH ${classifiedCte(def)}
SELECT start_class, end_class, count(*) AS n, sum(w) AS weight
FROM classified
WHERE in_region
GROUP BY start_class, end_class
ORDER BY start_class, end_class`;
}

/**
 * Mean change of afw and of each dimension per group (weighted by w), overall and per start class
 * (start_class NULL = all start classes), plus the national mean over every area of the level
 * (grp 'landelijk') and, when a region is chosen, all areas of the region (grp 'regio').
 * Because afw is the sum of the dimensions per area, the dimension means add up to the afw mean.
 */
export function decompositionQuery(def) {
  const d = normalizeDefinition(def);
  const means = join(
    SCORE_COLUMNS.map((c) => raw(`sum(w * d_${c}) / nullif(sum(w), 0) AS ${c}`)),
    ",\n       ",
  );
  const regionRow = regionPredicate(d.region).length
    ? sql`
UNION ALL
SELECT 'regio' AS grp, NULL AS start_class, count(*) AS n, sum(w) AS weight,
       ${means}
FROM classified WHERE in_region`
    : raw("");
  return sql`WITH ${classifiedCte(d)}
SELECT grp, start_class, count(*) AS n, sum(w) AS weight,
       ${means}
FROM classified
WHERE in_region AND grp <> 'overig'
GROUP BY GROUPING SETS ((grp), (grp, start_class))
UNION ALL
SELECT 'landelijk' AS grp, NULL AS start_class, count(*) AS n, sum(w) AS weight,
       ${means}
FROM classified${regionRow}
ORDER BY grp, start_class NULLS FIRST`;
}

/** Risers, fallers and their bases per provincie, COROP, gemeente, size class or stedelijkheid. */
export function breakdownQuery(def, by) {
  const d = normalizeDefinition(def);
  const spec = BREAKDOWNS[by];
  if (!spec) throw new Error(`Onbekende uitsplitsing "${by}"; kies uit ${Object.keys(BREAKDOWNS).join(", ")}`);
  const columns = Object.values(BREAKDOWNS).flatMap((b) => [b.key, b.label]);
  return sql`WITH ${classifiedCte(d)}
SELECT ${ident(spec.key, columns)} AS key, any_value(${ident(spec.label, columns)}) AS label,
       count(*) AS total,
       count(*) FILTER (WHERE selected) AS selected,
       count(*) FILTER (WHERE grp = 'stijger') AS risers,
       count(*) FILTER (WHERE faller_base) AS faller_base,
       count(*) FILTER (WHERE grp = 'daler') AS fallers,
       coalesce(sum(w) FILTER (WHERE selected), 0) AS selected_weight,
       coalesce(sum(w) FILTER (WHERE grp = 'stijger'), 0) AS risers_weight,
       coalesce(sum(w) FILTER (WHERE faller_base), 0) AS faller_base_weight,
       coalesce(sum(w) FILTER (WHERE grp = 'daler'), 0) AS fallers_weight
FROM classified
WHERE in_region
GROUP BY key
ORDER BY key`;
}

/** Group of every area in the region, for the map. */
export function mapQuery(def) {
  return sql`WITH ${classifiedCte(def)}
SELECT code, grp FROM classified WHERE in_region`;
}

/**
 * Risers, fallers and the rest of the selection in the region, with the changes and the total
 * score in every Leefbaarometer year that has one (lists in year order).
 */
export function areaTableQuery(def) {
  const d = normalizeDefinition(def);
  const deltas = join(
    SCORE_COLUMNS.map((c) => raw(`c.d_${c}`)),
    ", ",
  );
  return sql`WITH ${classifiedCte(d)},
listed AS (SELECT * FROM classified WHERE in_region AND grp <> 'overig'),
trajectory AS (
  SELECT l.code, list(l.year ORDER BY l.year) AS years, list(l.lbm ORDER BY l.year) AS scores
  FROM lbm AS l SEMI JOIN listed ON listed.code = l.code
  WHERE l.level = ${d.level} AND l.lbm IS NOT NULL
  GROUP BY l.code
)
SELECT c.code, c.name, c.gemeente_name, c.grp, c.start_class, c.end_class, c.start_lbm, c.end_lbm,
       ${deltas}, c.inhabitants, t.years, t.scores
FROM listed AS c LEFT JOIN trajectory AS t ON t.code = c.code
ORDER BY CASE c.grp WHEN 'stijger' THEN 1 WHEN 'daler' THEN 2 ELSE 3 END, c.d_afw DESC, c.code`;
}
