import {cycleSelect} from "../measure.mjs";

// One file per page: {name, path, firstChart (selector), change?(page, i) → ms}.
export default [
  {
    name: "Home (/) — jaar wisselen",
    path: "/",
    firstChart: "#class-chart svg",
    change: cycleSelect("#home-year select", "#class-chart"),
  },
];
