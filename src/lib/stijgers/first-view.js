// The queries this page runs before a reader touches a control, built with the defaults the page
// starts from; data-loaders/first-view.ts runs them at build time (see src/lib/snapshot.js).
import {gemeenteAreas} from "../region-sql.js";
import {DEFAULTS} from "./defaults.js";
import {gemeenteRegionQuery, levelAreasQuery, scoresQuery} from "./scores.js";

export const firstView = () => [gemeenteAreas(), levelAreasQuery(DEFAULTS.level), gemeenteRegionQuery(), scoresQuery(DEFAULTS.level)];
