// What-if: move each dimension of the selected buurten by a chosen amount and recompute the total
// score and class with the data contract's own rule (classes.js).
import {DIMENSION_IDS} from "../registry.js";
import {classOfScore, scoreFromDimensions} from "./classes.js";

/**
 * The deltas as numbers for every dimension (missing or not finite: 0).
 * @param {Record<string, any> | null | undefined} deltas
 */
export const normalizeDeltas = (deltas) =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, Number.isFinite(deltas?.[d]) ? deltas[d] : 0]));

/**
 * Every buurt with its score and class before and after the what-if. `buurten`: rows with the five
 * dimensions and lbm_class of the situation year. A buurt with a missing dimension stays null.
 * @param {any[]} buurten
 * @param {Record<string, number>} deltas
 * @param {{lowerBounds: readonly number[], lbmBase: number, targetClass: number}} scale
 */
export function whatIfRows(buurten, deltas, {lowerBounds, lbmBase, targetClass}) {
  const moved = normalizeDeltas(deltas);
  return buurten.map((b) => {
    const lbm = scoreFromDimensions(b, lbmBase);
    const newLbm = scoreFromDimensions(b, lbmBase, moved);
    const newClass = classOfScore(newLbm, lowerBounds);
    return {
      code: b.code,
      name: b.name,
      lbm,
      lbm_class: b.lbm_class ?? null,
      new_lbm: newLbm,
      new_class: newClass,
      change: newLbm == null || lbm == null ? null : newLbm - lbm,
      reaches_target: newClass == null ? null : newClass >= targetClass,
    };
  });
}

/**
 * Buurten per class before and after (classes 1..classCount, zeros included) and how many reach
 * the target class before and after. Buurten without a complete score are counted as `missing`.
 * @param {ReturnType<typeof whatIfRows>} rows
 * @param {{classCount: number, targetClass: number}} options
 */
export function whatIfCounts(rows, {classCount, targetClass}) {
  const before = new Array(classCount).fill(0);
  const after = new Array(classCount).fill(0);
  let missing = 0;
  for (const r of rows) {
    if (r.lbm_class == null || r.new_class == null) {
      missing += 1;
      continue;
    }
    before[r.lbm_class - 1] += 1;
    after[r.new_class - 1] += 1;
  }
  const atLeast = (counts) => counts.slice(targetClass - 1).reduce((s, n) => s + n, 0);
  return {
    classes: before.map((n, i) => ({lbm_class: i + 1, before: n, after: after[i]})),
    reachedBefore: atLeast(before),
    reachedAfter: atLeast(after),
    scored: rows.length - missing,
    missing,
  };
}
