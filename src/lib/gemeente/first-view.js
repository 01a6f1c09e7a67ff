// The Gemeenteprofiel's queries before a reader has chosen a gemeente: the area search and the
// figures of every gemeente. The SES pairing rules come from the Sociale ongelijkheid wing, which
// src/first-views.js (or the page) passes in.
import {datasetDefaults} from "./defaults.js";
import {gemeenteFigures, searchAreas} from "./queries.js";

/**
 * The parameters of gemeenteFigures: the profile's map year and class rule, the SES page's years
 * and minimum number of households.
 * @param {{level: string, sufficientClass: number}} defaults the profile's defaults (datasetDefaults)
 * @param {{lbmYear: number, sesYear: number, minHouseholds: number}} ongelijkheid the SES page's defaults
 * @param {number} year the map year
 */
export const figureParams = (defaults, ongelijkheid, year) => ({
  year,
  level: defaults.level,
  sufficientClass: defaults.sufficientClass,
  lbmYear: ongelijkheid.lbmYear,
  sesYear: ongelijkheid.sesYear,
  minHouseholds: ongelijkheid.minHouseholds,
});

/**
 * @param {import("../dataset-years.js").DatasetYears} years
 * @param {{lbmYear: number, sesYear: number, minHouseholds: number}} ongelijkheid the SES page's defaults on these years
 */
export function firstView(years, ongelijkheid) {
  const defaults = datasetDefaults(years);
  return [searchAreas(), gemeenteFigures(figureParams(defaults, ongelijkheid, defaults.year))];
}
