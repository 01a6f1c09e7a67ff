/** Demoland: a seeded synthetic country with the exact shape of the official data. */
import type {Dataset} from "../contract/index.ts";
import {areaRows} from "./areas.ts";
import {buildWorld} from "./build-world.ts";
import {buildGeometry} from "./geometry.ts";
import {plantTrajectories} from "./lbm-planting.ts";
import {lbmRows} from "./lbm-rows.ts";
import {naturalSeries} from "./lbm-series.ts";
import {staticScores} from "./lbm-static.ts";
import {DEFAULT_SEED, END_YEAR} from "./params.ts";
import {makePlan} from "./plan.ts";
import {demoProvenance} from "./provenance.ts";
import {safetyRows} from "./safety.ts";
import {latentSes, measureSes, sesRows} from "./ses.ts";
import {buildTruth} from "./truth.ts";
import type {DemolandTruth} from "./truth-types.ts";

export {DEFAULT_SEED, GENERATOR_NAME, GENERATOR_VERSION} from "./params.ts";
export type {DemolandTruth} from "./truth-types.ts";

export interface DemolandOptions {
  seed?: number;
  /** Called after each step with its duration, for the benchmark. */
  onStep?: (step: string, ms: number) => void;
}

export interface Demoland {
  dataset: Dataset;
  truth: DemolandTruth;
}

export function generateDemoland({seed = DEFAULT_SEED, onStep}: DemolandOptions = {}): Demoland {
  let last = performance.now();
  const step = <T>(name: string, run: () => T): T => {
    const result = run();
    const now = performance.now();
    onStep?.(name, now - last);
    last = now;
    return result;
  };
  const world = step("world", () => buildWorld(seed));
  const plan = step("plan", () => makePlan(world));
  const z = step("ses-latent", () => latentSes(world, plan));
  const ses = step("ses", () => sesRows(world, measureSes(world, z)));
  const lbm = step("lbm", () => {
    const {scores} = staticScores(world, plan, z);
    const series = naturalSeries(world, scores);
    const planted = plantTrajectories(world, plan, z, series);
    return {rows: lbmRows(world, series), planted};
  });
  const gemeenteSoc = new Map(
    lbm.rows.filter((r) => r.level === "gemeente" && r.year === END_YEAR).map((r) => [r.code, r.soc ?? 0]),
  );
  const socByGemeente = world.gemeenten.map((g) => gemeenteSoc.get(g.code) ?? 0);
  const safety = step("safety", () => safetyRows(world, plan, z, socByGemeente));
  const areas = step("areas", () => areaRows(world));
  const geometry = step("geometry", () => buildGeometry(world));
  const tables = {areas, lbm: lbm.rows, ses, safety: safety.rows, geometry};
  const dataset: Dataset = {
    ...tables,
    provenance: demoProvenance(
      seed,
      tables,
      world.buurten.length + world.wijken.length + world.gemeenten.length + world.provincies.length,
    ),
  };
  const truth = step("truth", () => buildTruth(world, plan, lbm.planted, dataset));
  return {dataset, truth};
}
