// The Gemeenteprofiel reads each theme with that theme's default definition. Its queries over all
// gemeenten are built here, for the page and for the build's first view (first-views.js), so that
// the two never differ: with their answers stored, the profile of whichever gemeente a link names
// shows its trends, headline figures, peers and ondermijning position before DuckDB-WASM is open.
import {datasetDefaults} from "./lib/gemeente/defaults.js";
import {figureParams} from "./lib/gemeente/first-view.js";
import {
  buurtScores,
  classCounts,
  gemeenteFigures,
  quadrantAreas,
  riserShares,
  searchAreas,
  weakAreas,
} from "./lib/gemeente/queries.js";
import {datasetDefaults as ondermijningDefaults} from "./lib/ondermijning/defaults.js";
import {defaultWideParams} from "./lib/ondermijning/first-view.js";
import {safetyWide} from "./lib/ondermijning/queries.js";
import {datasetDefaults as ongelijkheidDefaults} from "./lib/ongelijkheid/defaults.js";
import {quadrantBaseWithPairs, quadrantShares} from "./lib/ongelijkheid/queries.js";
import {datasetDefaults as stijgersDefaults} from "./lib/stijgers/defaults.js";
import {defaultDefinition} from "./lib/stijgers/definition.js";
import {classifiedCte} from "./lib/stijgers/queries.js";

/**
 * What the profile starts from on a dataset with these years: its own defaults and each theme's.
 * @param {import("./lib/dataset-years.js").DatasetYears} years
 */
export function profileSettings(years) {
  const ongelijkheid = ongelijkheidDefaults(years);
  return {
    defaults: datasetDefaults(years),
    stijgers: defaultDefinition(stijgersDefaults(years)),
    ongelijkheid,
    ondermijning: ondermijningDefaults(years),
    // The SES quadrants of the whole country: a gemeente is compared with every other.
    quadrantParams: {...ongelijkheid, region: null},
  };
}

/**
 * The profile's queries over all gemeenten: the area search, the figures and the buurt scores of a
 * map year, the class counts behind the trends, and per gemeente its risers and weak areas, SES
 * quadrants and low-SES areas, and safety indicators.
 * @param {import("./lib/dataset-years.js").DatasetYears} years
 */
export function profileQueries(years) {
  const {defaults, stijgers, ongelijkheid, quadrantParams} = profileSettings(years);
  const classified = classifiedCte(stijgers);
  return {
    search: searchAreas(),
    /** @param {number} year */
    figures: (year) => gemeenteFigures(figureParams(defaults, ongelijkheid, year)),
    /** @param {number} year */
    buurtScores: (year) => buurtScores({year}),
    classCounts: classCounts(),
    riserShares: riserShares(classified),
    weakAreas: weakAreas(classified),
    quadrantShares: quadrantShares(quadrantParams, {withPairs: true}),
    quadrantAreas: quadrantAreas(quadrantBaseWithPairs(quadrantParams)),
    wide: safetyWide(defaultWideParams(years)),
  };
}

/**
 * The queries of the profile's default view, for any gemeente: all of the above, figures of the default year.
 * @param {import("./lib/dataset-years.js").DatasetYears} years
 */
export function profileFirstView(years) {
  const queries = profileQueries(years);
  const {defaults} = profileSettings(years);
  return [
    queries.search,
    queries.figures(defaults.year),
    queries.buurtScores(defaults.year),
    queries.classCounts,
    queries.riserShares,
    queries.weakAreas,
    queries.quadrantShares,
    queries.quadrantAreas,
    queries.wide,
  ];
}
