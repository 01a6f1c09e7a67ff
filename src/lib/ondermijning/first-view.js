// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {gemeenteAreas} from "../region-sql.js";
import {DEFAULTS} from "./defaults.js";
import {safetyWide} from "./queries.js";

/**
 * The parameters of the page's one data query. No control changes them (the respondent threshold
 * and region apply in JS), so the page always asks exactly this.
 * @returns {{safetyYear: number, lbmYear: number}}
 */
export const defaultWideParams = () => ({safetyYear: DEFAULTS.safetyYear, lbmYear: DEFAULTS.lbmYear});

export const firstView = () => [gemeenteAreas(), safetyWide(defaultWideParams())];
