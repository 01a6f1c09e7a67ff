import {nextOption, timeChange} from "../measure.mjs";

// One file per page: {name, path, firstChart (selector), change?(page, i) → ms}.
export default [
  {
    name: "Home (/) — jaar wisselen",
    path: "/",
    firstChart: "#class-chart svg",
    change: timeChange(nextOption("#home-year select"), ["#class-chart", "#kpi-areas", "#home-map"]),
  },
  {
    // The first select is the provincie; it narrows the COROP and gemeente lists of the region filter, which are rebuilt.
    name: "Home (/) — provincie kiezen",
    path: "/",
    firstChart: "#class-chart svg",
    change: timeChange(nextOption("fieldset.region-filter .region-filter-field select"), [
      "#class-chart",
      "#kpi-areas",
      "#home-map",
    ]),
  },
];
