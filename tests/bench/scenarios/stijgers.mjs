import {nextNumberedOption, timeChange} from "../measure.mjs";

// Stijgers en dalers at buurt level: a control change is timed until every result that depends on
// it has re-rendered (the counts, both decomposition charts, matrix and flow, area table, breakdown,
// sensitivity) and the map has been recoloured.
const OUTPUTS = [
  "#riser-count",
  "#findings",
  "#decomposition-chart",
  "#decomposition-by-class",
  "#transition-matrix",
  "#area-table",
  "#breakdown-chart",
  "#sensitivity-chart",
];
const change = (control, values) =>
  timeChange(nextNumberedOption(`${control} select`, values), OUTPUTS, {stamped: ["#transition-map"]});

export default [
  {
    name: "Stijgers — drempelklasse (buurt)",
    path: "/stijgers-en-dalers",
    firstChart: "#decomposition-chart svg",
    change: change("#ctl-riser-min", [5, 6, 7, 4]),
  },
  {
    name: "Stijgers — basisjaar (buurt)",
    path: "/stijgers-en-dalers",
    firstChart: "#decomposition-chart svg",
    change: change("#ctl-base-year", [2014, 2016, 2012, 2008]),
  },
];
