// The queries Wat is er nodig? runs before a reader chooses anything: the gemeente list and the
// history of the default comparison period (the buurten need a gemeente, so they go to DuckDB).
import {gemeenteAreas} from "../region-sql.js";
import {datasetDefaults} from "./defaults.js";
import {historyQuery} from "./queries.js";

/** @param {import("../dataset-years.js").DatasetYears} years */
export const firstView = (years) => [gemeenteAreas(), historyQuery(datasetDefaults(years))];
