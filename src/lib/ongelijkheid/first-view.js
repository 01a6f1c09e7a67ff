// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {EMPTY_REGION} from "../region.js";
import {gemeenteAreas} from "../region-sql.js";
import {DEFAULTS} from "./defaults.js";
import {sesPairs} from "./queries.js";

/** The parameters of the pairs query in the page's default view. */
export const defaultPairsParams = () => ({
  lbmYear: DEFAULTS.lbmYear,
  sesYear: DEFAULTS.sesYear,
  level: DEFAULTS.level,
  region: EMPTY_REGION,
  minHouseholds: DEFAULTS.minHouseholds,
});

export const firstView = () => [gemeenteAreas(), sesPairs(defaultPairsParams())];
