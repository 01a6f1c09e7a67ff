// Ondermijning page: a weight change re-standardises nothing but re-weights, re-ranks, re-fits and
// redraws every chart, the table and the map; timed until the last of them (the map)
// is new. A respondent-threshold change also re-runs the SQL.

const WEIGHTS = ["2", "0.5", "3", "1"];

function changeInput(selector, valueOf, target) {
  return (page, i) =>
    page.evaluate(
      async ({selector, value, target}) => {
        const input = document.querySelector(selector);
        const node = document.querySelector(target);
        if (!input || !node) throw new Error(`bench: ${selector} or ${target} not found`);
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event("input", {bubbles: true}));
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("bench: no re-render within 10 s")), 10_000);
          const check = () => {
            const current = document.querySelector(target);
            if (current && current !== node && !document.querySelector("observablehq-loading")) {
              clearTimeout(timer);
              requestAnimationFrame(() => resolve());
            } else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      },
      {selector, value: valueOf(i), target},
    );
}

export default [
  {
    name: "Ondermijning — gewicht wijzigen",
    path: "/ondermijning",
    firstChart: "#ranking-table",
    change: changeInput("#weight-hennepkwekerijen", (i) => WEIGHTS[i % WEIGHTS.length], "#ondermijning-map"),
  },
  {
    name: "Ondermijning — min. respondenten",
    path: "/ondermijning",
    firstChart: "#ranking-table",
    change: changeInput("#min-respondents input[type=number]", (i) => String(i % 2 ? 300 : 350), "#ondermijning-map"),
  },
];
