import {nextOption, timeChange} from "../measure.mjs";

// One file per page: {name, path, firstChart (selector), change?(page, i) → ms}.
export default [
  {
    name: "Home (/) — jaar wisselen",
    path: "/",
    firstChart: "#class-chart svg",
    change: timeChange(nextOption("#home-year select"), ["#class-chart", "#kpi-areas", "#home-map"]),
  },
];
