// The Home page's own queries before a reader touches a control (its theme headlines come from
// the themes; src/first-views.js puts them together).
import {EMPTY_REGION} from "../region.js";
import {gemeenteAreas} from "../region-sql.js";
import {classDistribution, dataStatus, insufficientShareByGemeente} from "./queries.js";
import {DEFAULTS} from "./defaults.js";

/** The parameters of the overview queries in the page's default view. */
export const defaultOverview = () => ({
  year: DEFAULTS.year,
  level: DEFAULTS.level,
  region: EMPTY_REGION,
  sufficientClass: DEFAULTS.sufficientClass,
});

export const firstView = () => [
  gemeenteAreas(),
  classDistribution(defaultOverview()),
  insufficientShareByGemeente(defaultOverview()),
  dataStatus(),
];
