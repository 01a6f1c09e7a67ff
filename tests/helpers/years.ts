// The years a Demoland build has: every Leefbaarometer year of the registry (the generator writes
// them all), SES-WOA and the safety indicators for 2019 only. tests/data/dataset-years.test.ts
// checks this against the provenance.json of a real build.
import {datasetYears} from "../../src/lib/dataset-years.js";
import {LBM_YEARS} from "../../src/lib/registry.js";

export const DEMOLAND_YEARS = datasetYears({years: {lbm: [...LBM_YEARS], ses: [2019], safety: [2019]}});
