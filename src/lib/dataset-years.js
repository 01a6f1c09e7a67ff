// The years the built dataset has, per table, and the one rule that turns the report's default
// years into years the data has. The pipeline writes the years into provenance.json
// (data-loaders/contract/years.ts, from the normalised tables); pages, first views and controls
// read them here, so a build with other years (LBM 2022/2024, SES-WOA 2021+) offers exactly those.

/** @typedef {{lbm: readonly number[], ses: readonly number[], safety: readonly number[]}} DatasetYears */

export const YEAR_TABLES = /** @type {const} */ (["lbm", "ses", "safety"]);

/**
 * The dataset's years from provenance.json, checked (ascending distinct integers per table) and frozen.
 * @param {any} provenance
 * @returns {DatasetYears}
 */
export function datasetYears(provenance) {
  const years = provenance?.years;
  if (!years || typeof years !== "object")
    throw new Error("provenance.json has no `years`: it was written by an older pipeline; rebuild the data");
  /** @type {Record<string, readonly number[]>} */
  const out = {};
  for (const table of YEAR_TABLES) {
    const list = years[table];
    const ascending = Array.isArray(list) && list.every((y, i) => Number.isInteger(y) && (i === 0 || y > list[i - 1]));
    if (!ascending)
      throw new Error(
        `provenance.json years.${table} must be ascending distinct integers, got ${JSON.stringify(list)}`,
      );
    out[table] = Object.freeze([...list]);
  }
  return /** @type {DatasetYears} */ (Object.freeze(out));
}

/**
 * The default-year rule, the only one: the report's year when the data has it, otherwise the
 * year closest to it, the earlier of two equally close ones (a year the report could have
 * used). Null when the data has no year at all.
 * @param {readonly number[]} available ascending
 * @param {number} preferred the report's year (a theme's DEFAULTS)
 * @returns {number | null}
 */
export function closestYear(available, preferred) {
  let best = null;
  for (const year of available) {
    if (best === null || Math.abs(year - preferred) < Math.abs(best - preferred)) best = year;
  }
  return best;
}

/**
 * A base and an end year from the data for a comparison over time, with base < end whenever the
 * data has two years: the end year by the rule among all years but the first (so that a base
 * year remains), then the base year by the rule among the years before it.
 * @param {readonly number[]} available ascending
 * @param {{baseYear: number, endYear: number}} preferred the report's years
 * @returns {{baseYear: number | null, endYear: number | null}}
 */
export function yearSpan(available, {baseYear, endYear}) {
  if (available.length < 2) return {baseYear: available[0] ?? null, endYear: available[0] ?? null};
  const end = /** @type {number} */ (closestYear(available.slice(1), endYear));
  return {
    baseYear: closestYear(
      available.filter((y) => y < end),
      baseYear,
    ),
    endYear: end,
  };
}

/**
 * Years for a reader: "2014, 2018, 2020", or "geen" when the data has none.
 * @param {readonly number[]} list
 */
export const yearList = (list) => (list.length ? list.join(", ") : "geen");
