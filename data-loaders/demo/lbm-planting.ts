/** Planted trajectories between 2014 and 2020: risers through overlast (from zwak/onvoldoende),
 * restructured estates through woningvoorraad and sociale samenhang (from zeer onvoldoende; a third
 * reach voldoende, the rest climb part of the way), a few ruim-onvoldoende buurten that reach
 * voldoende through a mix, and fallers both from the middle classes and from the weak ones. */
import {
  classOf,
  DEFAULT_CLASS_LOWER_BOUNDS,
  DIMENSION_IDS,
  LBM_BASE,
  LBM_YEARS,
  type Dimension,
} from "../contract/index.ts";
import type {DimensionArrays} from "./lbm-static.ts";
import {afwAt, ramp, YEAR_COUNT, yearIndex} from "./lbm-series.ts";
import {BASE_YEAR, END_YEAR, PLANTED, PLANTED_MIX} from "./params.ts";
import {hasLbm, type Plan} from "./plan.ts";
import {Random} from "./random.ts";
import type {World} from "./world.ts";

export interface PlantedTrajectories {
  risersOnv: number[];
  risersWonSoc: number[];
  partialRisers: number[];
  risersMixed: number[];
  fallers: number[];
  weakFallers: number[];
}

const B = yearIndex(BASE_YEAR);
const E = yearIndex(END_YEAR);

/** Adds `total` × mix to the dimensions, unfolding from 2014 (0) to 2020 (full), held after. */
function addChange(series: DimensionArrays, buurt: number, total: number, mix: Record<Dimension, number>) {
  for (let t = 0; t < YEAR_COUNT; t++)
    for (const d of DIMENSION_IDS) series[d][buurt * YEAR_COUNT + t] += total * mix[d] * ramp(LBM_YEARS[t]);
}

/** Shifts the dimensions in every year (a lasting condition rather than a change). */
function addLevel(series: DimensionArrays, buurt: number, total: number, mix: Record<Dimension, number>) {
  for (let t = 0; t < YEAR_COUNT; t++)
    for (const d of DIMENSION_IDS) series[d][buurt * YEAR_COUNT + t] += total * mix[d];
}

const classAt = (series: DimensionArrays, b: number, t: number) => classOf(LBM_BASE + afwAt(series, b, t));
/** The afw at which class `c` starts (class 1 has no lower bound). */
const classFloor = (c: number) => DEFAULT_CLASS_LOWER_BOUNDS[c - 2] - LBM_BASE;

export function plantTrajectories(
  world: World,
  plan: Plan,
  z: Float64Array,
  series: DimensionArrays,
): PlantedTrajectories {
  const random = Random.stream(world.seed, "lbm:planting");
  const taken = new Set(plan.reserved);
  const free = random.shuffled(world.buurten.filter((b) => hasLbm(b) && !taken.has(b.index)).map((b) => b.index));
  const take = (filter: (b: number) => boolean, count: number) => {
    const chosen: number[] = [];
    for (const b of free) {
      if (chosen.length === count) break;
      if (!taken.has(b) && filter(b)) (chosen.push(b), taken.add(b));
    }
    return chosen.sort((a, b) => a - b);
  };

  // (b) first: they need low-SES city buurten, the scarcest candidates.
  const bigCity = (b: number) => ["G4", "100k+"].includes(world.gemeenten[world.buurten[b].gemeente].sizeClass);
  const estates = take((b) => bigCity(b) && z[b] < -0.6, PLANTED.risersWonSoc + PLANTED.partialRisers);
  const risersWonSoc = random
    .shuffled(estates)
    .slice(0, PLANTED.risersWonSoc)
    .sort((a, b) => a - b);
  const partialRisers = estates.filter((b) => !risersWonSoc.includes(b));
  for (const b of estates) {
    // A run-down housing estate until 2014, restructured by 2020: some reach voldoende, most climb part of the way.
    const start = random.between(-0.62, -0.48);
    addLevel(series, b, start - afwAt(series, b, B), PLANTED_MIX.risersWonSoc);
    const end = risersWonSoc.includes(b) ? random.between(0.02, 0.1) : random.between(-0.42, -0.06);
    addChange(series, b, end - afwAt(series, b, E), PLANTED_MIX.risersWonSoc);
  }

  const risersOnv = take(
    (b) => [3, 4].includes(classAt(series, b, B)) && classAt(series, b, E) <= 4,
    PLANTED.risersOnv,
  );
  for (const b of risersOnv) {
    const needed = random.between(0.02, 0.14) - afwAt(series, b, E);
    addChange(series, b, Math.max(needed, random.between(0.14, 0.22)), PLANTED_MIX.risersOnv);
  }

  const fallers = take((b) => classAt(series, b, B) >= 5 && classAt(series, b, B) <= 8, PLANTED.fallers);
  for (const b of fallers) {
    const end = afwAt(series, b, B) - random.between(0.2, 0.32);
    addChange(series, b, end - afwAt(series, b, E), PLANTED_MIX.fallers);
  }
  const risersMixed = take((b) => classAt(series, b, B) === 2, PLANTED.risersMixed);
  for (const b of risersMixed) {
    const end = random.between(0.01, 0.09);
    addChange(series, b, end - afwAt(series, b, E), PLANTED_MIX.risersMixed);
  }

  // Weak buurten that slide further: one class lower in 2020, now and then two.
  const weakFallers = take((b) => [2, 3, 4].includes(classAt(series, b, B)), PLANTED.weakFallers);
  for (const b of weakFallers) {
    const start = classAt(series, b, B);
    const drop = start > 2 && random.chance(0.15) ? 2 : 1;
    const end = Math.min(afwAt(series, b, B), classFloor(start - drop + 1)) - random.between(0.015, 0.1);
    addChange(series, b, end - afwAt(series, b, E), PLANTED_MIX.fallers);
  }
  holdPocketsLow(plan, series, random);
  return {risersOnv, risersWonSoc, partialRisers, risersMixed, fallers, weakFallers};
}

const POCKET_MIX: Record<Dimension, number> = {won: 0.24, fys: 0.04, vrz: 0, soc: 0.24, onv: 0.48};

/** Planted low–low pockets stay weak (class 4 or lower) in 2020 whatever the drift did. */
function holdPocketsLow(plan: Plan, series: DimensionArrays, random: Random) {
  for (const pocket of plan.lowLowPockets) {
    for (const b of pocket.buurten) {
      const afw = afwAt(series, b, E);
      if (afw > -0.03) addLevel(series, b, -random.between(0.03, 0.12) - afw, POCKET_MIX);
    }
  }
}
