// Colours shared by the Stijgers en dalers charts, so a group or dimension looks the same everywhere.
// Blue/orange for risers/fallers stays distinguishable with the common colour-vision deficiencies.
import {DIMENSIONS} from "../../lib/registry.js";
import {GROUPS} from "../../lib/stijgers/definition.js";

export const GROUP_COLORS = {stijger: "#1f6fb4", daler: "#d95f02", rest: "#a3a3a3", overig: "#e4e4e4"};
export const GROUP_DOMAIN = GROUPS.map((g) => g.label);
export const GROUP_RANGE = GROUPS.map((g) => GROUP_COLORS[g.id]);

export const DIMENSION_COLORS = {won: "#8c510a", fys: "#35978f", vrz: "#7b3294", soc: "#e7a800", onv: "#c51b7d"};
export const DIMENSION_DOMAIN = DIMENSIONS.map((d) => d.label);
export const DIMENSION_RANGE = DIMENSIONS.map((d) => DIMENSION_COLORS[d.id]);
