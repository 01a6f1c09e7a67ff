// The one control driver of the benchmark. `timeChange(step, outputs)` returns a scenario's
// `change(page, i)`: inside the page it waits (untimed) until every output is shown, runs `step`
// (JavaScript source with `i` in scope) to change a control, and resolves with the milliseconds until
// every output is a new element (a re-run cell displays a new one) and every `stamped` element has a
// new data-updated (maps that repaint in place). Timing in the page excludes the driver's round trips.
// The page keeps the moment it was answered as window.__benchChangeEnd (the network profiles read it),
// and the returned function keeps its arguments as `spec`.
export function timeChange(step, outputs, {stamped = [], waitFor = [], timeout = 30_000} = {}) {
  const change = (page, i) =>
    page.evaluate(
      async ({step, outputs, stamped, waitFor, timeout, i}) => {
        const loading = () => document.querySelector("observablehq-loading");
        const present = () =>
          [...outputs, ...stamped, ...waitFor].every((s) => document.querySelector(s)) && !loading();
        for (const deadline = performance.now() + timeout; !present();) {
          if (performance.now() > deadline)
            throw new Error(`bench: missing output among ${[...outputs, ...stamped, ...waitFor].join(", ")}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const before = outputs.map((s) => document.querySelector(s));
        const stamps = stamped.map((s) => document.querySelector(s).dataset.updated);
        const t0 = performance.now();
        new Function("i", step)(i);
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`bench: no re-render within ${timeout} ms`)), timeout);
          const check = () => {
            const replaced = outputs.every((s, j) => {
              const node = document.querySelector(s);
              return node && node !== before[j];
            });
            const repainted = stamped.every((s, j) => document.querySelector(s)?.dataset.updated !== stamps[j]);
            if (replaced && repainted && !loading()) {
              clearTimeout(timer);
              requestAnimationFrame(() => resolve((window.__benchChangeEnd = performance.now())));
            } else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      },
      {step, outputs, stamped, waitFor, timeout, i},
    );
  change.spec = {step, outputs, stamped, waitFor};
  return change;
}

// Steps: JavaScript source run in the page by timeChange.
const input = `(el) => el.dispatchEvent(new Event("input", {bubbles: true}))`;

/** The next option (cycling) of the <select> matching `selector`. */
export const nextOption = (selector) => `
  const select = document.querySelector(${JSON.stringify(selector)});
  select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
  (${input})(select);`;

/** The next radio button (cycling) inside `selector`. */
export const nextRadio = (selector) => `
  const radios = [...document.querySelectorAll(${JSON.stringify(`${selector} input[type=radio]`)})];
  radios[(radios.findIndex((r) => r.checked) + 1) % radios.length].click();`;

/** Sets the input matching `selector` to values[i % values.length]. */
export const cycleValue = (selector, values) => `
  const el = document.querySelector(${JSON.stringify(selector)});
  el.value = ${JSON.stringify(values.map(String))}[i % ${values.length}];
  (${input})(el);`;

/** Selects, in the <select> matching `selector`, the option whose leading number follows the current one in `values`. */
export const nextNumberedOption = (selector, values) => `
  const select = document.querySelector(${JSON.stringify(selector)});
  const values = ${JSON.stringify(values)};
  const numberOf = (o) => Number(o.textContent.replace(/\\D.*$/, ""));
  const next = values[(values.indexOf(numberOf(select.options[select.selectedIndex])) + 1) % values.length];
  select.value = [...select.options].find((o) => numberOf(o) === next).value;
  (${input})(select);`;
