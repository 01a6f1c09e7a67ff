/** Scores over the years: a national drift carried mostly by voorzieningen, spatially correlated
 * local change, small random walks, and a slow catch-up of weak buurten through overlast. */
import {DIMENSION_IDS, LBM_YEARS} from "../contract/index.ts";
import {smoothField} from "./fields.ts";
import {newDimensionArrays, type DimensionArrays} from "./lbm-static.ts";
import {DRIFT_PER_YEAR, REFERENCE_YEAR} from "./params.ts";
import {Random} from "./random.ts";
import type {World} from "./world.ts";

export const YEAR_COUNT = LBM_YEARS.length;
export const yearIndex = (year: number) => {
  const i = (LBM_YEARS as readonly number[]).indexOf(year);
  if (i < 0) throw new Error(`${year} is not an LBM year`);
  return i;
};
/** Share of a change that happened by `year`, for changes unfolding from 2014 to 2020. */
export const ramp = (year: number) => Math.min(1, Math.max(0, (year - 2014) / 6));

/** Scores laid out buurt-major: index = buurt * YEAR_COUNT + year index. */
export function naturalSeries(world: World, base: DimensionArrays): DimensionArrays {
  const random = Random.stream(world.seed, "lbm:series");
  const n = world.buurten.length;
  const series = newDimensionArrays(n * YEAR_COUNT);
  const reference = yearIndex(REFERENCE_YEAR);
  for (const d of DIMENSION_IDS) {
    const trend = smoothField(world.seed, `lbm:${d}:trend`, 12);
    for (const b of world.buurten) {
      const localTrend = 0.0035 * trend(b.site);
      const walk = new Float64Array(YEAR_COUNT);
      for (let t = reference + 1; t < YEAR_COUNT; t++)
        walk[t] = walk[t - 1] + random.normal(0, 0.012 * Math.sqrt((LBM_YEARS[t] - LBM_YEARS[t - 1]) / 2));
      for (let t = reference - 1; t >= 0; t--)
        walk[t] = walk[t + 1] + random.normal(0, 0.012 * Math.sqrt((LBM_YEARS[t + 1] - LBM_YEARS[t]) / 2));
      for (let t = 0; t < YEAR_COUNT; t++) {
        const years = LBM_YEARS[t] - REFERENCE_YEAR;
        series[d][b.index * YEAR_COUNT + t] = base[d][b.index] + (DRIFT_PER_YEAR[d] + localTrend) * years + walk[t];
      }
    }
  }
  // Weak buurten catch up slowly, mostly because nuisance and insecurity decline.
  for (const b of world.buurten) {
    const afw = DIMENSION_IDS.reduce((s, d) => s + base[d][b.index], 0);
    const gap = Math.min(1, Math.max(0, (0.1 - afw) / 0.3));
    for (let t = 0; t < YEAR_COUNT; t++) {
      const share = Math.min(1.33, Math.max(0, (LBM_YEARS[t] - 2014) / 6));
      series.onv[b.index * YEAR_COUNT + t] += 0.08 * gap * share;
      series.soc[b.index * YEAR_COUNT + t] += 0.01 * gap * share;
    }
  }
  return series;
}

export const afwAt = (series: DimensionArrays, buurt: number, t: number) =>
  DIMENSION_IDS.reduce((s, d) => s + series[d][buurt * YEAR_COUNT + t], 0);
