// Work the reader waits for (queries, background statistics, cells held back until the first
// chart is painted) is counted, so that the page can say it is recomputing: while any is under
// way, <main> carries aria-busy="true". Screen readers hold their announcements meanwhile, the
// stylesheet can show it, and the end-to-end tests wait for it to clear instead of for a time.

let pending = 0;
let clearing = 0;

const target = () =>
  typeof document === "undefined" ? null : (document.querySelector("main") ?? document.documentElement);
const nextFrame = () =>
  new Promise((resolve) =>
    typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0),
  );

function mark() {
  const element = target();
  if (!element) return;
  if (pending > 0) return void element.setAttribute("aria-busy", "true");
  // Framework's runtime starts the cells that depend on a finished one in the next animation
  // frame; the page is only idle if nothing new has started two frames later.
  const attempt = ++clearing;
  nextFrame()
    .then(nextFrame)
    .then(() => {
      if (attempt === clearing && pending === 0) element.removeAttribute("aria-busy");
    });
}

/** Starts one piece of work; call the returned function once when it ends (further calls do nothing). */
export function beginWork() {
  ++pending;
  ++clearing;
  mark();
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    --pending;
    mark();
  };
}

/** Counts `promise` as work until it settles; returns it unchanged. */
export function trackWork(promise) {
  const end = beginWork();
  promise.then(end, end);
  return promise;
}

/** The number of pieces of work under way (for tests and the benchmark). */
export const pendingWork = () => pending;
