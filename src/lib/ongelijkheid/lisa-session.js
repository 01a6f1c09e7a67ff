// The LISA of one page visit: its inputs, worker runs, cluster lists and rendered maps, each kept
// per neighbour set (and result), so that going back to earlier settings does not recompute and a
// quadrant cut-off change leaves the bivariate variant as it was.
import {remember, objectMemo} from "../memo.js";
import {lisaClusters, lisaNeighbours, lisaValues} from "../spatial/lisa.js";
import {mergeLocalMoran, splitLocalMoran} from "../stats/local-moran.js";

/**
 * @typedef {{status: "running"} | {status: "error", error: Error} | {status: "done", result: any, ms: number, workerMs: number, parts: number}} LisaState
 * @typedef {{neighbours: any, input: any, key: string, permutations: number, seed: number, only: Uint8Array | null, selected: number}} LisaJob
 */

// A worker per core the browser reports but one, which stays with the page; on two cores both,
// as the page is idle while the permutations run. At most four.
function defaultParts() {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  return cores < 2 ? 1 : Math.min(4, Math.max(2, cores - 1));
}

/**
 * @param {{run: (task: string, args: any, options?: any) => Promise<any>, cancel: (lane: string) => void}} runner createAnalysisRunner()
 * @param {{parts?: number}} [options] how many workers share the permutations of one run
 */
export function createLisaSession(runner, {parts = defaultParts()} = {}) {
  const lanes = Array.from({length: parts}, (_, index) => (index ? `lisa-${index}` : "lisa"));
  const inputs = objectMemo(); // neighbour set → variant (and cut-offs) → values
  const results = new WeakMap(); // neighbour set → run key → finished state
  const clusterLists = objectMemo(); // result → alpha|correction → clusters
  const maps = objectMemo(); // result → map key → element
  const selections = new WeakMap(); // selection rows → id, for run keys
  let nextSelection = 0;
  // The run in progress: a re-run with the same inputs (e.g. after a quadrant change in the
  // bivariate variant) waits for it instead of restarting the permutations.
  /** @type {{neighbours: any, key: string | null, job: Promise<LisaState> | null}} */
  const running = {neighbours: null, key: null, job: null};

  return {
    /**
     * The areas that take part and their spatial weights (see lisaNeighbours); made again only
     * when the pairs or the neighbour rule change.
     * @param {any[]} pairs
     * @param {{weights: string, k: number, topology: any, level: string}} rule
     */
    neighbours: (pairs, {weights, k, topology, level}) => lisaNeighbours(pairs, {weights, k, topology, object: level}),

    /**
     * The values of a variant on a neighbour set (lisaNeighbours over all areas of the country),
     * the areas of the selection among them (`only`, null when all are selected; the LISA runs
     * on the full graph and reports the selection), and the key of its run. The cut-offs only
     * matter to the indicator variant.
     * @param {any} neighbours
     * @param {{mode: string, sesCut?: number, maxLbmClass: number, permutations: number, seed: number, selection?: {code: string}[] | null}} options
     * @returns {LisaJob}
     */
    prepare(neighbours, {mode, sesCut, maxLbmClass, permutations, seed, selection = null}) {
      const cutOffs = mode === "indicator" ? [sesCut, maxLbmClass] : [];
      const input = inputs(neighbours, [mode, ...cutOffs].join("|"), () => ({
        ...neighbours,
        ...lisaValues(neighbours, {mode, sesCut, maxLbmClass}),
      }));
      const codes = selection && new Set(selection.map((d) => d.code));
      const only = codes && Uint8Array.from(neighbours.rows, (d) => (codes.has(d.code) ? 1 : 0));
      const selected = only ? only.reduce((s, v) => s + v, 0) : neighbours.rows.length;
      const all = !only || selected === neighbours.rows.length;
      const selectionKey = all ? "all" : remember(selections, selection, () => `s${++nextSelection}`);
      return {
        neighbours,
        input,
        key: [mode, permutations, seed, selectionKey, ...cutOffs].join("|"),
        permutations,
        seed,
        only: all ? null : only,
        selected,
      };
    },

    /**
     * Tells `notify` the state of a job: its result when known, else "running" and then the
     * result (or error) of the worker run, started unless the same run is under way already.
     * For Generators.observe.
     * @param {LisaJob} job
     * @param {{value: number}} progress gets the fraction done (a <progress> element)
     * @param {(state: LisaState) => void} notify
     */
    observe(job, progress, notify) {
      const done = remember(results, job.neighbours, () => new Map());
      if (done.has(job.key)) return void notify(done.get(job.key));
      notify({status: "running"});
      if (running.neighbours !== job.neighbours || running.key !== job.key) {
        const t0 = performance.now();
        progress.value = 0;
        const {x, y, weights: w} = job.input;
        const ranges = splitLocalMoran(w.offsets, parts);
        const fractions = ranges.map(() => 0);
        const runs = ranges.map((part, index) => {
          // Copies are transferred, so the page keeps its own arrays for a re-run with other settings.
          const args = {
            x: x.slice(),
            y: y.slice(),
            offsets: w.offsets.slice(),
            neighbors: w.neighbors.slice(),
            weights: w.weights.slice(),
            permutations: job.permutations,
            seed: job.seed,
            only: job.only?.slice() ?? null,
            part,
          };
          const transfer = [
            args.x.buffer,
            args.y.buffer,
            args.offsets.buffer,
            args.neighbors.buffer,
            args.weights.buffer,
            ...(args.only ? [args.only.buffer] : []),
          ];
          const onProgress = (fraction) => {
            fractions[index] = fraction;
            progress.value = fractions.reduce((sum, f) => sum + f, 0) / ranges.length;
          };
          // A new run in the lane ends the worker of a superseded one.
          return runner.run("lisa", args, {lane: lanes[index], onProgress, transfer});
        });
        const promise = Promise.all(runs).then(
          (results) => {
            const result = mergeLocalMoran(results, ranges);
            const workerMs = Math.max(...results.map((r) => r.ms));
            const state = {status: "done", result, ms: performance.now() - t0, workerMs, parts: ranges.length};
            done.set(job.key, state);
            return state;
          },
          (error) => {
            if (running.job === promise) running.key = null; // the next re-run tries again
            throw error;
          },
        );
        Object.assign(running, {neighbours: job.neighbours, key: job.key, job: promise});
      }
      running.job?.then(notify, (error) => notify({status: "error", error}));
    },

    /**
     * The cluster of every area for a finished state (null while running or failed).
     * @param {LisaJob} job
     * @param {LisaState} state
     * @param {{alpha: number, correction: string}} options
     */
    clusters(job, state, {alpha, correction}) {
      if (state.status !== "done") return null;
      return clusterLists(state.result, `${alpha}|${correction}`, () =>
        lisaClusters(job.input, state.result, {alpha, correction, only: job.only}),
      );
    },

    /**
     * The map of a result under `key`, made once: a quadrant change in the bivariate variant
     * must not repaint 13,000 areas.
     * @template T
     * @param {any} result
     * @param {string} key
     * @param {() => T} make
     * @returns {T}
     */
    map: (result, key, make) => maps(result, key, make),

    /** Stops the run in progress (when the page goes away). */
    cancel: () => lanes.forEach((lane) => runner.cancel(lane)),
  };
}
