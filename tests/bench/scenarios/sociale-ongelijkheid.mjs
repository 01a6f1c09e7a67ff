// Sociale ongelijkheid at buurt level (~13,000 buurten): a control change is timed until every
// result that depends on it has been replaced. The LISA scenario changes the seed, so each run
// does the full 999 permutations in the worker, and records the longest main-thread frame meanwhile.
// The matrix does not depend on the measures, so it re-renders for the method only; the scatter
// (points and least-squares line) does not depend on the method, so it re-renders for the measures only.
const MEASURE_OUTPUTS = ["#ses-r", "#ses-scatter", "#ses-groups", "#ses-region-map", "#ses-level-r"];
const METHOD_OUTPUTS = [...MEASURE_OUTPUTS.filter((s) => s !== "#ses-scatter"), "#ses-matrix"];
const QUADRANT_OUTPUTS = ["#ses-top-share", "#ses-quadrant-tables", "#ses-profile"];

/** Applies `step` (in the page) to the control and waits until all `outputs` are new elements. */
function timed(step, outputs) {
  return (page, i) =>
    page.evaluate(
      async ({step, outputs, i}) => {
        // The page shows the quadrant results only after its later queries, and the LISA map (its last
        // output, after 999 permutations in a worker) later still: wait (untimed) until every watched
        // output and the LISA map are there, so that a change is not timed against a page still loading.
        const present = () => [...outputs, "#lisa-map"].every((s) => document.querySelector(s)) && !document.querySelector("observablehq-loading");
        for (const deadline = performance.now() + 30_000; !present(); ) {
          if (performance.now() > deadline) throw new Error(`bench: missing output among ${outputs.join(", ")}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const before = outputs.map((s) => document.querySelector(s));
        let longestFrame = 0, last = performance.now(), watching = true;
        const frames = () => {
          const now = performance.now();
          longestFrame = Math.max(longestFrame, now - last);
          last = now;
          if (watching) requestAnimationFrame(frames);
        };
        requestAnimationFrame(frames);
        const t0 = performance.now();
        new Function("i", step)(i);
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("bench: no re-render within 30 s")), 30_000);
          const check = () => {
            const done = outputs.every((s, j) => {
              const node = document.querySelector(s);
              return node && node !== before[j];
            });
            if (done && !document.querySelector("observablehq-loading")) {
              clearTimeout(timer);
              requestAnimationFrame(() => resolve());
            } else requestAnimationFrame(check);
          };
          check();
        });
        watching = false;
        window.__sesLongestFrames = [...(window.__sesLongestFrames ?? []), longestFrame];
        return performance.now() - t0;
      },
      {step, outputs, i},
    );
}

const cycleSelect = (id) => `
  const select = document.querySelector("${id} select");
  select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
  select.dispatchEvent(new Event("input", {bubbles: true}));`;

const cycleRadio = (id) => `
  const inputs = [...document.querySelectorAll("${id} input[type=radio]")];
  inputs[(inputs.findIndex((r) => r.checked) + 1) % inputs.length].click();`;

export default [
  {
    name: "Sociale ongelijkheid — LBM-maat (buurt)",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(cycleSelect("#ses-lbm-measure"), MEASURE_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — Pearson/Spearman",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(cycleRadio("#ses-method"), METHOD_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — laag–laag-klasse",
    path: "/sociale-ongelijkheid",
    firstChart: "#ses-scatter svg",
    change: timed(cycleSelect("#ses-lbm-cut"), QUADRANT_OUTPUTS),
  },
  {
    name: "Sociale ongelijkheid — LISA 999 perm. (seed)",
    path: "/sociale-ongelijkheid",
    firstChart: "#lisa-map canvas",
    change: timed(`
      const input = document.querySelector("#lisa-seed input");
      input.value = String(1000 + i);
      input.dispatchEvent(new Event("input", {bubbles: true}));`, ["#lisa-map"]),
  },
];
