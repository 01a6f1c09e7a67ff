// Stijgers en dalers: the definition the page starts from (the report's own; datasetDefaults
// picks base and end years the data has).
import {SHARED_DEFAULTS} from "../defaults.js";
import {yearSpan} from "../dataset-years.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  baseYear: 2014,
  endYear: 2020,
  /** Starting classes of "weak" areas: zwak (4) and everything below. */
  weakMaxClass: 4,
  startClasses: Object.freeze([1, 2, 3, 4]),
  /** A riser ends at voldoende (5) or better ("threshold"), or gains riserGain classes ("gain"). */
  riserMode: "threshold",
  riserMinClass: 5,
  riserGain: 2,
  fallerMode: "lower",
  /** "Was (ruim) voldoende": the start classes of the alternative faller definition. */
  fallerFromClasses: Object.freeze([5, 6]),
  weight: "areas",
  breakdown: "provincie",
});

/**
 * DEFAULTS with a base and end year the built dataset has (see yearSpan).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) => Object.freeze({...DEFAULTS, ...yearSpan(years.lbm, DEFAULTS)});
