// Which first-view queries belong to which page: each theme lists its own (src/lib/<theme>/first-view.js),
// Home adds the three themes' headlines to its overview, the Gemeenteprofiel reads every theme (profile-queries.js). Used by the build (data-loaders/first-view.ts),
// the methods page and the end-to-end check that every page asks exactly these.
import {sesHeadline} from "./lib/ongelijkheid/headline.js";
import {datasetDefaults as ongelijkheidDefaults} from "./lib/ongelijkheid/defaults.js";
import {firstView as ongelijkheid, laterViews as ongelijkheidLater} from "./lib/ongelijkheid/first-view.js";
import {safetyHeadline} from "./lib/ondermijning/headline.js";
import {datasetDefaults as ondermijningDefaults} from "./lib/ondermijning/defaults.js";
import {firstView as ondermijning} from "./lib/ondermijning/first-view.js";
import {firstView as homeOverview, moreViews as homeMoreViews} from "./lib/home/first-view.js";
import {risersHeadline} from "./lib/stijgers/headline.js";
import {datasetDefaults as stijgersDefaults} from "./lib/stijgers/defaults.js";
import {firstView as stijgers} from "./lib/stijgers/first-view.js";
import {firstView as scenario} from "./lib/scenario/first-view.js";
import {profileFirstView} from "./profile-queries.js";

/**
 * Page (its path without the slash; "home" for /) → (the dataset's years, from
 * datasetYears(provenance)) => the sql fragments of its default view on that dataset.
 * @type {Record<"home" | "stijgers-en-dalers" | "sociale-ongelijkheid" | "ondermijning" | "wat-is-er-nodig" | "gemeente", (years: import("./lib/dataset-years.js").DatasetYears) => any[]>}
 */
export const FIRST_VIEWS = {
  home: (years) => [
    risersHeadline(stijgersDefaults(years)),
    sesHeadline(ongelijkheidDefaults(years)),
    safetyHeadline(ondermijningDefaults(years)),
    ...homeOverview(years),
  ],
  "stijgers-en-dalers": () => stijgers(),
  "sociale-ongelijkheid": ongelijkheid,
  ondermijning,
  "wat-is-er-nodig": scenario,
  gemeente: profileFirstView,
};

/**
 * Page → (years) => the queries beyond its default view that a control or a link often asks, stored
 * with the default view (after it) so that DuckDB need not answer them: Home's overview of every year and level.
 * @type {Partial<Record<keyof typeof FIRST_VIEWS, (years: import("./lib/dataset-years.js").DatasetYears) => any[]>>}
 */
export const MORE_VIEWS = {
  home: homeMoreViews,
};

/**
 * Everything a page's snapshot holds, the default view first.
 * @param {keyof typeof FIRST_VIEWS} page
 * @param {import("./lib/dataset-years.js").DatasetYears} years
 */
export const snapshotViews = (page, years) => [...FIRST_VIEWS[page](years), ...(MORE_VIEWS[page]?.(years) ?? [])];

/**
 * Page → (years) => queries a link or control may ask that are too large to ship with the first view:
 * kept in a file of their own (later-views-<page>.bin) that the page fetches only when it asks one of
 * them, instead of waiting for DuckDB. The SES page: the pairs of every other LBM year.
 * @type {Partial<Record<keyof typeof FIRST_VIEWS, (years: import("./lib/dataset-years.js").DatasetYears) => any[]>>}
 */
export const LATER_VIEWS = {
  "sociale-ongelijkheid": ongelijkheidLater,
};
