// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {gemeenteAreas} from "../region-sql.js";
import {defaultDefinition} from "./definition.js";
import {loadQueries} from "./scores.js";

/** The region filter's gemeenten, then what loadScores asks for the default level (all years at once, so the dataset's years do not matter). */
export const firstView = () => {
  const {areas, gemeenten, scores} = loadQueries(defaultDefinition().level);
  return [gemeenteAreas(), areas, gemeenten, scores];
};
