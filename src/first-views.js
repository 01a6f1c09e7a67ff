// Which first-view queries belong to which page: each theme lists its own (src/lib/<theme>/first-view.js),
// Home adds the three themes' headlines to its overview. Used by the build (data-loaders/first-view.ts),
// the methods page and the end-to-end check that every page asks exactly these.
import {sesHeadline} from "./lib/ongelijkheid/headline.js";
import {firstView as ongelijkheid} from "./lib/ongelijkheid/first-view.js";
import {safetyHeadline} from "./lib/ondermijning/headline.js";
import {firstView as ondermijning} from "./lib/ondermijning/first-view.js";
import {firstView as homeOverview} from "./lib/home/first-view.js";
import {risersHeadline} from "./lib/stijgers/headline.js";
import {firstView as stijgers} from "./lib/stijgers/first-view.js";

/** Page (its path without the slash; "home" for /) → () => the sql fragments of its default view. */
export const FIRST_VIEWS = {
  home: () => [risersHeadline(), sesHeadline(), safetyHeadline(), ...homeOverview()],
  "stijgers-en-dalers": stijgers,
  "sociale-ongelijkheid": ongelijkheid,
  ondermijning,
};
