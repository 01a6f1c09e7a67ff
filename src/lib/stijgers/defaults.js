// Stijgers en dalers: the definition the page starts from (the report's own).
import {SHARED_DEFAULTS} from "../defaults.js";

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
