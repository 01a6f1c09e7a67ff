import {cycleValue, timeChange} from "../measure.mjs";

// Ondermijning page: a weight change re-standardises nothing but re-weights, re-ranks, re-fits and
// redraws every chart, the table and the map; timed until the last of them (the map)
// is new. A respondent-threshold change also re-runs the SQL.
export default [
  {
    name: "Ondermijning — gewicht wijzigen",
    path: "/ondermijning",
    firstChart: "#ranking-table",
    change: timeChange(cycleValue("#weight-hennepkwekerijen", [2, 0.5, 3, 1]), ["#ondermijning-map"]),
  },
  {
    name: "Ondermijning — min. respondenten",
    path: "/ondermijning",
    firstChart: "#ranking-table",
    change: timeChange(cycleValue("#min-respondents input[type=number]", [350, 300]), ["#ondermijning-map"]),
  },
];
