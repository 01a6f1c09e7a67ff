// The LISA session owns the caches and the run in progress: the same settings never start a
// second worker run, a finished result is reused, and a failed run can be retried. The worker is
// replaced by a fake runner that runs the same kernel in-process when the test says so.
import {describe, expect, it} from "vitest";
import {createLisaSession} from "../../../src/lib/ongelijkheid/lisa-session.js";
import {lisaClusters} from "../../../src/lib/spatial/lisa.js";
import {localMoranKernel} from "../../../src/lib/stats/local-moran.js";

function fakeRunner() {
  const runs: {task: string; args: any; options: any; resolve: () => void; reject: (e: Error) => void}[] = [];
  const cancelled: string[] = [];
  return {
    runs,
    cancelled,
    run(task: string, args: any, options: any) {
      return new Promise((resolve, reject) => {
        runs.push({
          task,
          args,
          options,
          reject,
          resolve: () => {
            const {x, y, offsets, neighbors, weights, permutations, seed, only, part} = args;
            resolve({
              ...localMoranKernel(x, y, offsets, neighbors, weights, permutations, seed, null, only, part),
              ms: 1,
            });
          },
        });
      });
    },
    cancel: (lane: string) => void cancelled.push(lane),
  };
}

// Nine buurten on a 3 × 3 grid of centroids; SES and LBM rise to the east.
const pairs = Array.from({length: 9}, (_, i) => ({
  code: `BU${i}`,
  name: `b${i}`,
  gemeente_code: i < 5 ? "GM1" : "GM2",
  gemeente_name: i < 5 ? "Een" : "Twee",
  centroid_lon: 5 + (i % 3) * 0.01,
  centroid_lat: 52 + Math.floor(i / 3) * 0.01,
  ses_total: (i % 3) - 1 + i / 100,
  lbm: (i % 3) + i / 50,
  lbm_class: (i % 3) + 3,
}));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const settings = {mode: "bivariate", sesCut: 0, maxLbmClass: 4, permutations: 99, seed: 7};

describe("createLisaSession", () => {
  it("prepares a variant once per neighbour set; only the indicator depends on the cut-offs", () => {
    const lisa = createLisaSession(fakeRunner());
    const neighbours = lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"});
    expect(neighbours.rows).toHaveLength(9);
    const a = lisa.prepare(neighbours, settings);
    expect(lisa.prepare(neighbours, {...settings, sesCut: 0.5, maxLbmClass: 3}).input).toBe(a.input);
    expect(a.key).toBe("bivariate|99|7|all");
    expect(a.only).toBeNull();
    const indicator = lisa.prepare(neighbours, {...settings, mode: "indicator"});
    expect(indicator.key).toBe("indicator|99|7|all|0|4");
    // Low–low: SES below 0 and class ≤ 4: the western column (i % 3 = 0), classes 3.
    expect(Array.from(indicator.input.x)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0]);
    expect(lisa.prepare(neighbours, {...settings, mode: "indicator", sesCut: -2}).input).not.toBe(indicator.input);
  });

  it("runs each setting once, lets a re-run wait for the run under way and reuses the result", async () => {
    const runner = fakeRunner();
    const lisa = createLisaSession(runner);
    const neighbours = lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"});
    const job = lisa.prepare(neighbours, settings);
    const progress = {value: 0.7};
    const first: any[] = [],
      second: any[] = [],
      third: any[] = [];
    lisa.observe(job, progress, (s) => first.push(s));
    expect(progress.value).toBe(0);
    lisa.observe(lisa.prepare(neighbours, settings), progress, (s) => second.push(s));
    expect(runner.runs).toHaveLength(1);
    const [run] = runner.runs;
    expect(run.task).toBe("lisa");
    // The worker gets copies: the page keeps its arrays for the next run.
    expect(run.args.x).not.toBe(job.input.x);
    expect(Array.from(run.args.x)).toEqual(Array.from(job.input.x));
    expect([run.args.permutations, run.args.seed]).toEqual([99, 7]);
    expect(run.options.transfer).toHaveLength(5);
    run.options.onProgress(0.5);
    expect(progress.value).toBe(0.5);
    run.resolve();
    await flush();
    expect(first.map((s) => s.status)).toEqual(["running", "done"]);
    expect(second.map((s) => s.status)).toEqual(["running", "done"]);
    expect(second[1]).toBe(first[1]);
    lisa.observe(job, progress, (s) => third.push(s));
    expect(third).toEqual([first[1]]);
    expect(runner.runs).toHaveLength(1);
    lisa.observe(lisa.prepare(neighbours, {...settings, seed: 8}), progress, () => {});
    expect(runner.runs).toHaveLength(2);
  });

  it("reports a failed run and tries again on the next observe", async () => {
    const runner = fakeRunner();
    const lisa = createLisaSession(runner);
    const job = lisa.prepare(lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"}), settings);
    const states: any[] = [];
    lisa.observe(job, {value: 0}, (s) => states.push(s));
    runner.runs[0].reject(new Error("stuk"));
    await flush();
    expect(states.map((s) => s.status)).toEqual(["running", "error"]);
    expect(states[1].error.message).toBe("stuk");
    lisa.observe(job, {value: 0}, () => {});
    expect(runner.runs).toHaveLength(2);
    lisa.cancel();
    expect(runner.cancelled).toEqual(["lisa"]);
  });

  it("keeps the cluster list per result and significance, and the map per key", async () => {
    const runner = fakeRunner();
    const lisa = createLisaSession(runner);
    const job = lisa.prepare(lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"}), settings);
    expect(lisa.clusters(job, {status: "running"}, {alpha: 0.05, correction: "none"})).toBeNull();
    const states: any[] = [];
    lisa.observe(job, {value: 0}, (s) => states.push(s));
    runner.runs[0].resolve();
    await flush();
    const done = states[1];
    const clusters = lisa.clusters(job, done, {alpha: 0.05, correction: "none"});
    expect(clusters).toEqual(lisaClusters(job.input, done.result, {alpha: 0.05, correction: "none"}));
    expect(lisa.clusters(job, done, {alpha: 0.05, correction: "none"})).toBe(clusters);
    expect(lisa.clusters(job, done, {alpha: 0.05, correction: "fdr"})).not.toBe(clusters);
    let made = 0;
    const make = () => ({map: ++made});
    expect(lisa.map(done.result, "k", make)).toBe(lisa.map(done.result, "k", make));
    lisa.map(done.result, "other", make);
    expect(made).toBe(2);
  });

  it("runs a selection on the whole country's neighbours and reports only the selection", async () => {
    const runner = fakeRunner();
    const lisa = createLisaSession(runner);
    const neighbours = lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"});
    const selection = pairs.filter((d) => d.gemeente_code === "GM2");
    const job = lisa.prepare(neighbours, {...settings, selection});
    expect(job.selected).toBe(4);
    expect(Array.from(job.only!)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(job.key).not.toBe(lisa.prepare(neighbours, settings).key);
    // All areas selected is the national run itself.
    expect(lisa.prepare(neighbours, {...settings, selection: pairs}).key).toBe(lisa.prepare(neighbours, settings).key);
    const states: any[] = [];
    lisa.observe(job, {value: 0}, (s) => states.push(s));
    expect(Array.from(runner.runs[0].args.only)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    runner.runs[0].resolve();
    await flush();
    await flush();
    const done = states.at(-1);
    expect(done.status).toBe("done");
    const clusters = lisa.clusters(job, done, {alpha: 0.05, correction: "fdr"})!;
    expect(clusters.map((d: any) => d.code)).toEqual(["BU5", "BU6", "BU7", "BU8"]);
  });
  it("shares a run between workers, one lane each, and merges them into the one-worker result", async () => {
    const single = fakeRunner();
    const one = createLisaSession(single, {parts: 1});
    const oneJob = one.prepare(one.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"}), settings);
    const oneStates: any[] = [];
    one.observe(oneJob, {value: 0}, (s) => oneStates.push(s));
    single.runs[0].resolve();
    await flush();

    const runner = fakeRunner();
    const lisa = createLisaSession(runner, {parts: 3});
    const job = lisa.prepare(lisa.neighbours(pairs, {weights: "knn", k: 2, topology: null, level: "buurt"}), settings);
    const progress = {value: 0};
    const states: any[] = [];
    lisa.observe(job, progress, (s) => states.push(s));
    expect(runner.runs.map((r) => r.options.lane)).toEqual(["lisa", "lisa-1", "lisa-2"]);
    expect(runner.runs.map((r) => r.args.part.from)).toEqual([
      0,
      ...runner.runs.slice(0, 2).map((r) => r.args.part.to),
    ]);
    runner.runs[0].options.onProgress(1);
    expect(progress.value).toBeCloseTo(1 / 3, 12);
    runner.runs[1].resolve();
    runner.runs[2].resolve();
    await flush();
    expect(states.map((s) => s.status)).toEqual(["running"]); // waits for every part
    runner.runs[0].resolve();
    await flush();
    const done = states.at(-1);
    expect(done.status).toBe("done");
    expect(Array.from(done.result.p)).toEqual(Array.from(oneStates.at(-1).result.p));
    expect(done.result.globalP).toBe(oneStates.at(-1).result.globalP);
    lisa.cancel();
    expect(runner.cancelled).toEqual(["lisa", "lisa-1", "lisa-2"]);
  });
});
