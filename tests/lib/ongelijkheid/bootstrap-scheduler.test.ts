// The bootstrap starts after the controls rest, and counts as work from the moment it is scheduled
// until it is done, cancelled or superseded (so the page's aria-busy and the tests' settled() see it).
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {pendingWork} from "../../../src/lib/activity.js";
import {createBootstrapScheduler, needsBootstrap} from "../../../src/lib/ongelijkheid/bootstrap-scheduler.js";

function fakeRunner() {
  const runs: {args: any; resolve: (r: any) => void; reject: (e: Error) => void}[] = [];
  const cancelled: string[] = [];
  return {
    runs,
    cancelled,
    run: (task: string, args: any) =>
      new Promise((resolve, reject) => runs.push({args: {task, ...args}, resolve, reject})),
    cancel: (lane: string) => void cancelled.push(lane),
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const request = (method = "spearman") => ({x: Float64Array.of(1, 2, 3), y: Float64Array.of(1, 3, 2), w: null, method});
const RESULT = {lower: 0.1, upper: 0.9, replicates: 50};

describe("createBootstrapScheduler", () => {
  let base = 0;
  beforeEach(() => {
    vi.useFakeTimers({toFake: ["setTimeout", "clearTimeout"]});
    base = pendingWork();
  });
  afterEach(() => vi.useRealTimers());

  it("is needed for Spearman and for weighted correlations only", () => {
    expect([
      needsBootstrap("pearson", "none"),
      needsBootstrap("spearman", "none"),
      needsBootstrap("pearson", "households"),
    ]).toEqual([false, true, true]);
  });

  it("waits for the delay, counts as work until done, and then knows the result", async () => {
    const runner = fakeRunner();
    const bootstrap = createBootstrapScheduler(runner, {delayMs: 500, replicates: 50, seed: 3});
    const states: any[] = [];
    const req = request();
    bootstrap.observe(req, (s) => states.push(s));
    expect(states).toEqual([{status: "running"}]);
    expect(pendingWork()).toBe(base + 1);
    vi.advanceTimersByTime(499);
    expect(runner.runs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await flush();
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0].args).toEqual({
      task: "bootstrap",
      x: req.x,
      y: req.y,
      w: null,
      method: "spearman",
      replicates: 50,
      level: 0.95,
      seed: 3,
    });
    expect(pendingWork()).toBe(base + 1);
    runner.runs[0].resolve(RESULT);
    await flush();
    expect(states).toEqual([{status: "running"}, {status: "done", result: RESULT}]);
    expect(pendingWork()).toBe(base);
    expect(bootstrap.busy()).toBe(false);
    // The same complete cases and method again: the known result at once, no work, no run.
    const again: any[] = [];
    bootstrap.observe(req, (s) => again.push(s));
    expect(again).toEqual([{status: "done", result: RESULT}]);
    expect(pendingWork()).toBe(base);
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(1);
  });

  it("drops a request that a newer one supersedes before it starts", async () => {
    const runner = fakeRunner();
    const bootstrap = createBootstrapScheduler(runner, {delayMs: 500});
    const stale: any[] = [];
    bootstrap.observe(request("spearman"), (s) => stale.push(s));
    vi.advanceTimersByTime(300);
    bootstrap.observe(request("pearson"), () => {});
    expect(pendingWork()).toBe(base + 1);
    vi.advanceTimersByTime(500);
    await flush();
    expect(runner.runs.map((r) => r.args.method)).toEqual(["pearson"]);
    expect(stale).toEqual([{status: "running"}]);
    runner.runs[0].resolve(RESULT);
    await flush();
    expect(pendingWork()).toBe(base);
  });

  it("ends the work when cancelled (dispose, skip) or when the run fails", async () => {
    const runner = fakeRunner();
    const bootstrap = createBootstrapScheduler(runner, {delayMs: 500});
    const dispose = bootstrap.observe(request(), () => {});
    dispose();
    expect(pendingWork()).toBe(base);
    vi.advanceTimersByTime(1000);
    expect(runner.runs).toHaveLength(0);

    bootstrap.observe(request(), () => {});
    vi.advanceTimersByTime(500);
    await flush();
    expect(bootstrap.skip()).toEqual({status: "none"});
    expect(pendingWork()).toBe(base);
    expect(runner.cancelled.at(-1)).toBe("bootstrap");

    const states: any[] = [];
    bootstrap.observe(request(), (s) => states.push(s));
    vi.advanceTimersByTime(500);
    await flush();
    runner.runs.at(-1)!.reject(new Error("stuk"));
    await flush();
    expect(states.map((s) => s.status)).toEqual(["running", "error"]);
    expect(pendingWork()).toBe(base);
  });
});
