// Heavy statistics off the main thread: local Moran / bivariate LISA with permutations and the
// bootstrap of the headline correlation. The worker is a Blob built from the kernels' source
// text (they are self-contained), so the built site needs no separate worker file and no
// bundling of the worker's imports. A new run cancels a stale one by terminating its worker.
import {correlationBootstrapKernel} from "../lib/stats/bootstrap-correlation.js";
import {localMoranKernel} from "../lib/stats/local-moran.js";
import {beginWork} from "../lib/activity.js";

const SOURCE = `"use strict";
const localMoranKernel = ${localMoranKernel.toString()};
const correlationBootstrapKernel = ${correlationBootstrapKernel.toString()};
self.onmessage = (event) => {
  const {id, task, args} = event.data;
  try {
    if (task === "lisa") {
      const {x, y, offsets, neighbors, weights, permutations, seed, only, part} = args;
      let last = 0;
      const progress = (done, total) => {
        const now = Date.now();
        if (now - last > 50 || done === total) { last = now; self.postMessage({id, progress: done / total}); }
        return false;
      };
      const t0 = performance.now();
      const r = localMoranKernel(x, y, offsets, neighbors, weights, permutations, seed, progress, only, part);
      r.ms = performance.now() - t0;
      self.postMessage({id, result: r}, [r.I.buffer, r.lag.buffer, r.zx.buffer, r.p.buffer, r.quadrant.buffer]);
    } else if (task === "bootstrap") {
      const {x, y, w, method, replicates, level, seed} = args;
      self.postMessage({id, result: correlationBootstrapKernel(x, y, w, method, replicates, level, seed)});
    } else throw new Error("onbekende taak " + task);
  } catch (error) {
    self.postMessage({id, error: String(error && error.message || error)});
  }
};`;

let url;
const workerUrl = () => (url ??= URL.createObjectURL(new Blob([SOURCE], {type: "text/javascript"})));

/**
 * A runner with one worker per lane: run(task, args, {onProgress, transfer}) → Promise of the result.
 * A lane keeps its worker between runs (starting one and compiling the kernels costs more than a
 * small run). Starting a run in a lane that is busy terminates the old worker; the stale promise
 * never settles (its cell has been re-run by then, so nobody waits for it), but it no longer
 * counts as work.
 */
export function createAnalysisRunner() {
  /** @type {Map<string, {worker: Worker, stop: (() => void) | null}>} stop is set while a run is under way */
  const lanes = new Map();
  let nextId = 0;
  /**
   * @param {string} task "lisa" or "bootstrap"
   * @param {any} args
   * @param {{lane?: string, onProgress?: (fraction: number) => void, transfer?: Transferable[]}} [options]
   * @returns {Promise<any>}
   */
  function run(task, args, {lane = task, onProgress, transfer = []} = {}) {
    if (lanes.get(lane)?.stop) cancel(lane);
    let slot = lanes.get(lane);
    if (!slot) lanes.set(lane, (slot = {worker: new Worker(workerUrl()), stop: null}));
    const {worker} = slot;
    const id = ++nextId;
    const endWork = beginWork();
    const stop = () => (worker.terminate(), endWork(), lanes.get(lane) === slot && lanes.delete(lane));
    slot.stop = stop;
    const finish = () => ((slot.stop = null), endWork());
    return new Promise((resolve, reject) => {
      worker.onmessage = ({data}) => {
        if (data.id !== id) return;
        if ("progress" in data) return void onProgress?.(data.progress);
        finish();
        if (data.error) reject(new Error(`Berekening in de achtergrond mislukt: ${data.error}`));
        else resolve(data.result);
      };
      worker.onerror = (event) => {
        stop();
        reject(new Error(`Achtergrondberekening kon niet starten: ${event.message ?? "onbekende fout"}`));
      };
      worker.postMessage({id, task, args}, transfer);
    });
  }
  /** Ends the lane's worker, and the run under way in it. */
  function cancel(lane) {
    const slot = lanes.get(lane);
    if (!slot) return;
    if (slot.stop) slot.stop();
    else slot.worker.terminate();
    lanes.delete(lane);
  }
  return {run, cancel, busy: (lane) => Boolean(lanes.get(lane)?.stop)};
}
