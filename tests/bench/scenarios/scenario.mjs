import {cycleValue, nextNumberedOption, timeChange} from "../measure.mjs";

// Wat is er nodig? for Demoland's gemeente with the most weak buurten (GM1395): a what-if change is
// pure JavaScript over the loaded rows; a target change too. Timed until the tables are new.
export default [
  {
    name: "Wat is er nodig? — wat-als",
    path: "/wat-is-er-nodig?gemeente=GM1395",
    firstChart: "#scenario-gap-table",
    change: timeChange(cycleValue("#what-if-onv input[type=number]", [0.05, 0.1, 0]), [
      "#what-if-reached",
      "#scenario-gap-table",
    ]),
  },
  {
    name: "Wat is er nodig? — doel",
    path: "/wat-is-er-nodig?gemeente=GM1395",
    firstChart: "#scenario-gap-table",
    change: timeChange(nextNumberedOption("#scenario-target select", [5, 6]), ["#scenario-gap-table"]),
  },
];
