// Home: the year and level the overview starts with (the report's year; datasetDefaults picks
// the year the data has).
import {SHARED_DEFAULTS} from "../defaults.js";
import {closestYear} from "../dataset-years.js";
import {REGION_KEYS} from "../carry-region.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  year: 2020,
  /** The levels the overview offers. */
  levels: Object.freeze(["buurt", "wijk"]),
  /**
   * The URL parameters the stored first view answers whatever their value: it holds the areas per
   * gemeente and class of every year and level (first-view.js moreViews), which the page adds up
   * over any region but a single gemeente (whose own map needs a query). A link with only these
   * does not need DuckDB.
   */
  snapshotParams: Object.freeze(["jaar", "niveau", ...REGION_KEYS.filter((key) => key !== "gemeente")]),
});

/**
 * DEFAULTS with the year the built dataset has (see closestYear).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) => Object.freeze({...DEFAULTS, year: closestYear(years.lbm, DEFAULTS.year)});
