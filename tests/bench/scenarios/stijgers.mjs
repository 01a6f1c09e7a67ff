// Stijgers en dalers at buurt level: a control change is timed until every result that depends on
// it has re-rendered (the counts, both decomposition charts, matrix and flow, area table, breakdown,
// sensitivity) and the map has been recoloured.
const OUTPUTS = ["#riser-count", "#findings", "#decomposition-chart", "#decomposition-by-class", "#transition-matrix", "#area-table", "#breakdown-chart", "#sensitivity-chart"];

/** Sets the <select> inside `control` to the next of `values` (cycling) and times the full re-render. */
export function cycleValues(control, values) {
  return (page, i) =>
    page.evaluate(
      async ({control, values, outputs, i}) => {
        const select = document.querySelector(`${control} select`);
        const before = outputs.map((s) => document.querySelector(s));
        const map = document.querySelector("#transition-map");
        const mapStamp = map?.dataset.updated;
        if (!select || before.some((n) => !n)) throw new Error(`bench: ${control} or an output is missing`);
        const options = [...select.options];
        const current = values.indexOf(Number(options[select.selectedIndex].textContent.replace(/\D.*$/, "")));
        const next = values[(current + 1) % values.length];
        const option = options.find((o) => Number(o.textContent.replace(/\D.*$/, "")) === next);
        const t0 = performance.now();
        select.value = option.value;
        select.dispatchEvent(new Event("input", {bubbles: true}));
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("bench: no full re-render within 20 s")), 20_000);
          const check = () => {
            const done = outputs.every((s, j) => {
              const node = document.querySelector(s);
              return node && node !== before[j];
            });
            const mapDone = !map || document.querySelector("#transition-map")?.dataset.updated !== mapStamp;
            if (done && mapDone && !document.querySelector("observablehq-loading")) {
              clearTimeout(timer);
              requestAnimationFrame(() => resolve());
            } else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      },
      {control, values, outputs: OUTPUTS, i},
    );
}

export default [
  {
    name: "Stijgers — drempelklasse (buurt)",
    path: "/stijgers-en-dalers",
    firstChart: "#decomposition-chart svg",
    change: cycleValues("#ctl-riser-min", [5, 6, 7, 4]),
  },
  {
    name: "Stijgers — basisjaar (buurt)",
    path: "/stijgers-en-dalers",
    firstChart: "#decomposition-chart svg",
    change: cycleValues("#ctl-base-year", [2014, 2016, 2012, 2008]),
  },
];
