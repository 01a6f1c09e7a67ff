import {trackWork} from "./activity.js";

/**
 * A gate for work below the fold: `const firstChart = firstPaintGate()` in a page's setup cell;
 * the cell of the page's first chart calls `firstChart.open()` after displaying it, and heavy cells
 * further down start with `await firstChart.opened`. They then run after the browser has painted
 * that chart, instead of in the same task before anything shows. Once open, awaiting it costs a
 * microtask, so control changes are not delayed. It opens by itself after `timeout` ms, so a first
 * chart that fails never holds the rest of the page. (Not itself a promise: Framework would wait
 * for a cell value that is one.)
 */
export function firstPaintGate({timeout = 3000} = {}) {
  let resolve;
  const opened = trackWork(new Promise((r) => (resolve = r)));
  const timer = setTimeout(resolve, timeout);
  return {
    opened,
    open: () => requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0)),
  };
}
