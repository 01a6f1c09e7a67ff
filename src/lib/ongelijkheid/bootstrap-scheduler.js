// The bootstrap interval of the headline correlation. The Fisher interval is on the page at once;
// the worker starts only once the controls have rested for a moment, so that flipping through
// them does not compete with re-rendering for the processor. A new request supersedes the
// previous one, whether it is waiting or running. From the moment it is scheduled until it is
// done, cancelled or superseded, a request counts as work (see ../activity.js).
import {beginWork} from "../activity.js";
import {remember} from "../memo.js";
import {DEFAULTS} from "./defaults.js";

/**
 * @typedef {{status: "none"} | {status: "running"} | {status: "error", error: Error} | {status: "done", result: {lower: number, upper: number, replicates: number}}} BootstrapState
 * @typedef {{x: Float64Array, y: Float64Array, w: Float64Array | null, method: string}} BootstrapRequest
 */

/** Whether the Fisher interval needs a bootstrap beside it: for Spearman and for weighted correlations. */
export const needsBootstrap = (method, weighting) => method === "spearman" || weighting === "households";

/**
 * @param {{run: (task: string, args: any) => Promise<any>, cancel: (lane: string) => void}} runner createAnalysisRunner()
 * @param {{delayMs?: number, replicates?: number, seed?: number, level?: number}} [options]
 */
export function createBootstrapScheduler(
  runner,
  {
    delayMs = DEFAULTS.bootstrapDelayMs,
    replicates = DEFAULTS.bootstrapReplicates,
    seed = DEFAULTS.lisaSeed,
    level = 0.95,
  } = {},
) {
  // Results per set of complete cases (one x array per measure pair and weighting) and method.
  const results = new WeakMap();
  /** @type {{timer: any, end: () => void} | null} */
  let pending = null;

  /** Drops the waiting or running request, if any. */
  function cancel() {
    if (pending) {
      clearTimeout(pending.timer);
      pending.end();
      pending = null;
    }
    runner.cancel("bootstrap");
  }

  return {
    /**
     * Supersedes any earlier request and tells `notify` the state of this one: the known result
     * at once, or "running" and then the result after the delay and the worker run. Returns the
     * function that cancels it (for Generators.observe).
     * @param {BootstrapRequest} request
     * @param {(state: BootstrapState) => void} notify
     */
    observe({x, y, w, method}, notify) {
      cancel();
      const byMethod = remember(results, x, () => new Map());
      if (byMethod.has(method)) {
        notify(byMethod.get(method));
        return () => {};
      }
      notify({status: "running"});
      /** @type {{timer: any, end: () => void}} */
      const request = {timer: null, end: beginWork()};
      const settle = (state) => {
        if (pending !== request) return;
        pending = null;
        request.end();
        notify(state);
      };
      request.timer = setTimeout(() => {
        new Promise((resolve) => resolve(runner.run("bootstrap", {x, y, w, method, replicates, level, seed}))).then(
          (result) => {
            const state = {status: "done", result};
            byMethod.set(method, state);
            settle(state);
          },
          (error) => settle({status: "error", error}),
        );
      }, delayMs);
      pending = request;
      return () => pending === request && cancel();
    },

    /** Supersedes any earlier request without making one: the state when no bootstrap is needed. */
    skip() {
      cancel();
      return /** @type {BootstrapState} */ ({status: "none"});
    },

    cancel,
    /** Whether a request is waiting or running (for tests). */
    busy: () => pending !== null,
  };
}
