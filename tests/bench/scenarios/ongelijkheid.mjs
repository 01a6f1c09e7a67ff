import {nextOption, nextRadio, timeChange} from "../measure.mjs";

// Sociale ongelijkheid at buurt level (~13,000 buurten): a control change is timed until every
// result that depends on it has been replaced. The LISA scenario changes the seed, so each run
// does the full 999 permutations in the worker.
// The matrix does not depend on the measures, so it re-renders for the method only; the scatter
// (points and least-squares line) does not depend on the method, so it re-renders for the measures only.
const MEASURE_OUTPUTS = ["#ses-r", "#ses-scatter", "#ses-groups", "#ses-region-map", "#ses-level-r"];
const METHOD_OUTPUTS = [...MEASURE_OUTPUTS.filter((s) => s !== "#ses-scatter"), "#ses-matrix"];
const QUADRANT_OUTPUTS = ["#ses-top-share", "#ses-quadrant-tables", "#ses-profile"];

// The page shows the quadrant results only after its later queries, and the LISA map (its last
// output, after 999 permutations in a worker) later still: every change waits for the LISA map too.
const timed = (step, outputs) => timeChange(step, outputs, {waitFor: ["#lisa-map"]});

export default [
  {
    name: "Sociale ongelijkheid — LBM-maat (buurt)",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(nextOption("#ses-lbm-measure select"), MEASURE_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — Pearson/Spearman",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(nextRadio("#ses-method"), METHOD_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — laag–laag-klasse",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(nextOption("#ses-lbm-cut select"), QUADRANT_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — LISA (cold: LISA-kaart)",
    path: "/sociale-ongelijkheid",
    firstChart: "#lisa-map canvas",
    change: timed(
      `
      const input = document.querySelector("#lisa-seed input");
      input.value = String(1000 + i);
      input.dispatchEvent(new Event("input", {bubbles: true}));`,
      ["#lisa-map"],
    ),
  },
];
