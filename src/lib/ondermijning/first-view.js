// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {gemeenteAreas} from "../region-sql.js";
import {datasetDefaults} from "./defaults.js";
import {safetyWide} from "./queries.js";

/**
 * The parameters of the page's one data query. No control changes them (the respondent threshold
 * and region apply in JS), so the page always asks exactly this: the default years the data has.
 * @param {import("../dataset-years.js").DatasetYears} years
 * @returns {{safetyYear: number, lbmYear: number}}
 */
export const defaultWideParams = (years) => {
  const {safetyYear, lbmYear} = datasetDefaults(years);
  return {safetyYear, lbmYear};
};

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => [gemeenteAreas(), safetyWide(defaultWideParams(years))];
