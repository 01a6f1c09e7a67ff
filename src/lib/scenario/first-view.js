// The queries Wat is er nodig? runs with its default years: the search list, every buurt in the
// situation year and the history of the comparison period, so choosing a gemeente needs no DuckDB.
import {searchAreas} from "../region-sql.js";
import {datasetDefaults} from "./defaults.js";
import {buurtenQuery, historyQuery} from "./queries.js";

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => {
  const defaults = datasetDefaults(years);
  return [searchAreas(), buurtenQuery({year: defaults.year}), historyQuery(defaults)];
};
