/** The lasting part of each buurt's five Leefbaarometer dimensions: regional fields, gemeente
 * effects, urbanity, and a link to SES whose strength depends on the gemeente's size class. */
import {DIMENSION_IDS, type Dimension, type SizeClass} from "../contract/index.ts";
import {smoothField} from "./fields.ts";
import {STATIC_SES_LBM_R} from "./params.ts";
import {clusterIntensity, type Plan} from "./plan.ts";
import {Random} from "./random.ts";
import type {World} from "./world.ts";

export type DimensionArrays = Record<Dimension, Float64Array>;

/** Where the dimension scores sit on average (afw units); they add up to the national mean afw. */
const MEAN: Record<Dimension, number> = {won: 0.045, fys: 0.035, vrz: 0.03, soc: 0.05, onv: 0.045};
/** Cities score high on voorzieningen and low on overlast and sociale samenhang. */
const URBAN_LOAD: Record<Dimension, number> = {won: -0.04, fys: -0.05, vrz: 0.3, soc: -0.12, onv: -0.16};
/** How the SES-linked part is spread over the dimensions (sums to 1). */
const SES_LOAD: Record<Dimension, number> = {won: 0.25, fys: 0.08, vrz: 0.02, soc: 0.3, onv: 0.35};
/** Direct damage in planted low–low places, on top of what low SES already brings. */
export const DEPRIVATION: Record<Dimension, number> = {won: -0.06, fys: -0.01, vrz: 0, soc: -0.06, onv: -0.12};
export const COHESION_BOOST = 0.12;

export const newDimensionArrays = (length: number): DimensionArrays =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, new Float64Array(length)])) as DimensionArrays;

export interface StaticScores {
  scores: DimensionArrays;
  /** afw units per unit of latent SES, per size class (calibrated to the intended correlation). */
  sesLoading: Record<SizeClass, number>;
}

const sd = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
};

export function staticScores(world: World, plan: Plan, z: Float64Array): StaticScores {
  const random = Random.stream(world.seed, "lbm:static");
  const n = world.buurten.length;
  const scores = newDimensionArrays(n);
  for (const d of DIMENSION_IDS) {
    const regional = smoothField(world.seed, `lbm:${d}:regional`, 15);
    const local = smoothField(world.seed, `lbm:${d}:local`, 3);
    const gemeenteEffect = world.gemeenten.map(() => random.normal(0, 0.025));
    for (const b of world.buurten) {
      scores[d][b.index] =
        MEAN[d] +
        0.04 * regional(b.site) +
        0.025 * local(b.site) +
        gemeenteEffect[b.gemeente] +
        random.normal(0, 0.03) +
        URBAN_LOAD[d] * (b.urbanity - 0.5);
    }
  }

  // Calibrate the SES link per size class: corr(U + k z, z) = r  ⇔  k = r·sd(U) / (√(1−r²)·sd(z)).
  const sizeClassOf = (b: number) => world.gemeenten[world.buurten[b].gemeente].sizeClass;
  const afwWithoutSes = (b: number) => DIMENSION_IDS.reduce((s, d) => s + scores[d][b], 0);
  const sesLoading = {} as Record<SizeClass, number>;
  for (const sizeClass of Object.keys(STATIC_SES_LBM_R) as SizeClass[]) {
    const members = world.buurten.filter((b) => sizeClassOf(b.index) === sizeClass).map((b) => b.index);
    const r = STATIC_SES_LBM_R[sizeClass];
    sesLoading[sizeClass] =
      (r * sd(members.map(afwWithoutSes))) / (Math.sqrt(1 - r * r) * sd(members.map((b) => z[b])));
  }
  for (const b of world.buurten) {
    const k = sesLoading[sizeClassOf(b.index)];
    for (const d of DIMENSION_IDS) scores[d][b.index] += k * SES_LOAD[d] * z[b.index];
  }

  for (const b of world.buurten) {
    const intensity = clusterIntensity(plan, b.site);
    for (const d of DIMENSION_IDS) scores[d][b.index] += DEPRIVATION[d] * intensity;
  }
  for (const pocket of plan.lowLowPockets)
    for (const b of pocket.buurten) for (const d of DIMENSION_IDS) scores[d][b] += 1.5 * DEPRIVATION[d];
  for (const g of plan.ondermijningOutliers)
    for (const b of world.gemeenten[g].buurten) scores.soc[b] += COHESION_BOOST;
  return {scores, sesLoading};
}
