// The queries each page runs before a reader touches a control, with the pages' default values.
// data-loaders/first-view.ts runs them at build time; openDatabase answers exactly these from the
// result (see snapshot.js). A page whose defaults drift from this list still works, only its first
// charts wait for DuckDB; tests/e2e/first-view.test.mjs checks that the lists are hit.
import {DEFAULTS} from "./defaults.js";
import {EMPTY_REGION} from "./region.js";
import {risersHeadline, safetyHeadline, sesHeadline} from "./queries/headlines.js";
import {classDistribution, dataStatus, gemeenteAreas, insufficientShareByGemeente} from "./queries/overview.js";
import {safetyWide} from "./queries/safety.js";
import {sesPairs} from "./queries/ses.js";
import {gemeenteRegionQuery, levelAreasQuery, scoresQuery} from "./queries/transition-scores.js";

const overview = {year: DEFAULTS.endYear, level: DEFAULTS.level, region: EMPTY_REGION, sufficientClass: DEFAULTS.sufficientClass};

export const FIRST_VIEWS = {
  home: () => [
    risersHeadline(DEFAULTS), sesHeadline(DEFAULTS), safetyHeadline(DEFAULTS),
    gemeenteAreas(), classDistribution(overview), insufficientShareByGemeente(overview), dataStatus(),
  ],
  "stijgers-en-dalers": () => [
    gemeenteAreas(), levelAreasQuery(DEFAULTS.level), gemeenteRegionQuery(), scoresQuery(DEFAULTS.level),
  ],
  "sociale-ongelijkheid": () => [
    gemeenteAreas(),
    sesPairs({lbmYear: DEFAULTS.lbmYearForSes, sesYear: DEFAULTS.sesYear, level: DEFAULTS.level, region: EMPTY_REGION, minHouseholds: DEFAULTS.ses.minHouseholds}),
  ],
  ondermijning: () => [
    gemeenteAreas(), safetyWide({safetyYear: DEFAULTS.safetyYear, lbmYear: DEFAULTS.ondermijning.lbmYear}),
  ],
};
