// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {EMPTY_REGION} from "../region.js";
import {gemeenteAreas} from "../region-sql.js";
import {datasetDefaults} from "./defaults.js";
import {sesPairs} from "./queries.js";

/**
 * The parameters of the pairs query (sesPairs, and quadrantPairs) from the page's controls. The
 * page and the first view both build them here, so that the default view asks exactly the query
 * whose result the build stored.
 * @param {{lbmYear: number, sesYear: number, level: string, region: any, minHouseholds: number}} controls
 */
export const pairsParams = ({lbmYear, sesYear, level, region, minHouseholds}) => ({
  lbmYear,
  sesYear,
  level,
  region,
  minHouseholds,
});

/**
 * The parameters of the pairs query in the page's default view on a dataset with these years.
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const defaultPairsParams = (years) => pairsParams({...datasetDefaults(years), region: EMPTY_REGION});

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => [gemeenteAreas(), sesPairs(defaultPairsParams(years))];

/**
 * The pairs of every other LBM year, all other settings as in the default view: what a link with
 * ?lbmjaar= (or the year control) asks first. Kept in a file of their own that the page fetches only
 * when it asks one of them (src/first-views.js LATER_VIEWS).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const laterViews = (years) => {
  const defaults = defaultPairsParams(years);
  return years.lbm.filter((year) => year !== defaults.lbmYear).map((lbmYear) => sesPairs({...defaults, lbmYear}));
};
