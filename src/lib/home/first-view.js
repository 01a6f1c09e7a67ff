// The Home page's own queries before a reader touches a control (its theme headlines come from
// the themes; src/first-views.js puts them together).
import {EMPTY_REGION} from "../region.js";
import {gemeenteAreas} from "../region-sql.js";
import {classDistribution, dataStatus, insufficientShareByGemeente} from "./queries.js";
import {datasetDefaults} from "./defaults.js";

/**
 * The parameters of the overview queries in the page's default view on a dataset with these years.
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const defaultOverview = (years) => {
  const defaults = datasetDefaults(years);
  return {year: defaults.year, level: defaults.level, region: EMPTY_REGION, sufficientClass: defaults.sufficientClass};
};

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => [
  gemeenteAreas(),
  classDistribution(defaultOverview(years)),
  insufficientShareByGemeente(defaultOverview(years)),
  dataStatus(),
];
