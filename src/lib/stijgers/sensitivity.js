// Whether a riser or faller count hangs on the definition. Every definition depends only on the
// start and end class, so the counts under other definitions follow exactly from the transition
// matrix (rows {start_class, end_class, n, weight}) that the page has already queried.
import {MAX_CLASS, groupOf, inFallerBase, isFaller, isRiser, normalizeDefinition} from "./definition.js";

/**
 * {n, weight, base, baseWeight} of the cells where `test(start, end)` holds, base where `inBase(start)`.
 * @param {any[]} matrix @param {(start: number, end: number) => boolean} test @param {(start: number) => boolean} [inBase]
 */
export function countCells(matrix, test, inBase = () => true) {
  const out = {n: 0, weight: 0, base: 0, baseWeight: 0};
  for (const cell of matrix) {
    if (!inBase(cell.start_class)) continue;
    out.base += cell.n;
    out.baseWeight += cell.weight ?? 0;
    if (test(cell.start_class, cell.end_class)) {
      out.n += cell.n;
      out.weight += cell.weight ?? 0;
    }
  }
  return out;
}

/** Counts of every group under a definition, from the matrix. */
export function groupCounts(matrix, def) {
  const d = normalizeDefinition(def);
  const counts = {stijger: 0, daler: 0, rest: 0, overig: 0};
  const weights = {stijger: 0, daler: 0, rest: 0, overig: 0};
  for (const cell of matrix) {
    const g = groupOf(cell.start_class, cell.end_class, d);
    counts[g] += cell.n;
    weights[g] += cell.weight ?? 0;
  }
  return {counts, weights};
}

const range = (from, to) => Array.from({length: Math.max(0, to - from + 1)}, (_, i) => from + i);

/**
 * Riser and faller counts when the definition changes one setting at a time:
 *   riser "gain"       k = 1..maxGain classes up (from the selected start classes);
 *   riser "threshold"  end class t or better, t from the lowest selected class + 1 up to MAX_CLASS;
 *   faller "drop"      k = 1..maxGain classes down (from the faller base of the definition).
 * Each row: {series, parameter, value, n, weight, base, baseWeight, share, current}.
 */
export function sensitivity(matrix, def, {maxGain = 4} = {}) {
  const d = normalizeDefinition(def);
  const rows = [];
  const push = (series, parameter, counts, current) =>
    rows.push({series, parameter, ...counts, share: counts.base > 0 ? counts.n / counts.base : null, current});
  const selected = (start) => d.startClasses.includes(start);

  for (const k of range(1, maxGain)) {
    const variant = {...d, riserMode: "gain", riserGain: k};
    push(
      "Stijgers: minstens k klassen hoger",
      k,
      countCells(matrix, (s, e) => isRiser(s, e, variant), selected),
      d.riserMode === "gain" && d.riserGain === k,
    );
  }
  for (const t of range(Math.min(...d.startClasses) + 1, MAX_CLASS)) {
    const variant = {...d, riserMode: "threshold", riserMinClass: t};
    push(
      "Stijgers: eindklasse t of beter",
      t,
      countCells(matrix, (s, e) => isRiser(s, e, variant), selected),
      d.riserMode === "threshold" && d.riserMinClass === t,
    );
  }
  const base = (start) => inFallerBase(start, d);
  for (const k of range(1, maxGain)) {
    const test = (s, e) => isFaller(s, e, d) && s - e >= k;
    // Every faller drops at least one class, so k = 1 is the definition itself.
    push("Dalers: minstens k klassen lager", k, countCells(matrix, test, base), k === 1);
  }
  return rows;
}
