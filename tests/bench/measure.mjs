// Control drivers for the benchmark. A scenario's `change(page, i)` sets a control inside the page
// and resolves with the milliseconds until the watched result has re-rendered (timed in the page,
// so it excludes the test driver's round trips).

/** Select option i (cycling) of a <select> and time until `target` changes. */
export function cycleSelect(selectSelector, target) {
  return (page, i) =>
    page.evaluate(
      async ({selectSelector, target, i}) => {
        const select = document.querySelector(selectSelector);
        const node = document.querySelector(target);
        if (!select || !node) throw new Error(`bench: ${selectSelector} or ${target} not found`);
        const options = [...select.options].filter((o) => !o.disabled);
        const next = options[(options.findIndex((o) => o.selected) + 1) % options.length];
        const t0 = performance.now();
        select.value = next.value;
        select.dispatchEvent(new Event("input", {bubbles: true}));
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("bench: no re-render within 10 s")), 10_000);
          const check = () => {
            const current = document.querySelector(target);
            // A re-run cell displays a new element, so identity tells a re-render.
            if (current && current !== node && !document.querySelector("observablehq-loading")) {
              clearTimeout(timer);
              requestAnimationFrame(() => resolve());
            } else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      },
      {selectSelector, target, i},
    );
}

