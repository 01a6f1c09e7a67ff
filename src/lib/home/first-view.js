// The Home page's own queries before a reader touches a control (its theme headlines come from
// the themes; src/first-views.js puts them together).
import {gemeenteAreas} from "../region-sql.js";
import {dataStatus, gemeenteClasses} from "./queries.js";
import {datasetDefaults} from "./defaults.js";

/**
 * The parameters of the overview queries in the page's default view on a dataset with these years.
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const defaultOverview = (years) => {
  const defaults = datasetDefaults(years);
  return {year: defaults.year, level: defaults.level};
};

/**
 * The overview of every other year and level, as the year and level controls (or a link with
 * ?jaar= and ?niveau=) ask it: stored with the default view, so that they need no DuckDB.
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const moreViews = (years) => {
  const overview = defaultOverview(years);
  const {levels} = datasetDefaults(years);
  return years.lbm.flatMap((year) =>
    levels
      .filter((level) => year !== overview.year || level !== overview.level)
      .map((level) => gemeenteClasses({year, level})),
  );
};

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => [gemeenteAreas(), gemeenteClasses(defaultOverview(years)), dataStatus()];
