// Wat is er nodig?: the target and the historical comparison the page starts from. The situation
// is the latest year the data has; the comparison period is the report's (2014–2020) where the
// data has it (datasetDefaults picks years the data has).
import {SHARED_DEFAULTS} from "../defaults.js";
import {yearSpan} from "../dataset-years.js";
import {DIMENSION_IDS} from "../registry.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  /** Every buurt at least this class (voldoende). */
  targetClass: SHARED_DEFAULTS.sufficientClass,
  baseYear: 2014,
  endYear: 2020,
  /** The historical improvements the reach counts use: median, 75th and 90th percentile. */
  percentiles: Object.freeze([0.5, 0.75, 0.9]),
  /** What-if: the change per dimension, and the range and step the sliders offer. */
  deltas: Object.freeze(Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0]))),
  deltaRange: Object.freeze([-0.3, 0.3]),
  deltaStep: 0.005,
  /**
   * The URL parameters the stored first view answers whatever their value: it holds every buurt of
   * the situation year and the history of the comparison period, from which the page picks the
   * gemeente, the buurten, the target and the what-if in JavaScript. A link with only these does not need DuckDB.
   */
  snapshotParams: Object.freeze(["gemeente", "buurten", "doel", ...DIMENSION_IDS]),
});

/**
 * DEFAULTS with years the built dataset has: the situation in its latest Leefbaarometer year, the
 * comparison period by the shared year rule (see yearSpan).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) =>
  Object.freeze({...DEFAULTS, year: years.lbm.at(-1) ?? null, ...yearSpan(years.lbm, DEFAULTS)});
