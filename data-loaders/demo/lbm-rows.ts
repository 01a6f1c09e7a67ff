/** Leefbaarometer rows: buurt scores rounded as published, wijk and gemeente scores as
 * inhabitant-weighted means; afw is always the sum of the rounded dimensions. */
import {
  classOf,
  DEFAULT_CLASS_LOWER_BOUNDS,
  DIMENSION_IDS,
  LBM_BASE,
  LBM_YEARS,
  type Dimension,
  type Level,
  type LbmRow,
} from "../contract/index.ts";
import type {DimensionArrays} from "./lbm-static.ts";
import {YEAR_COUNT} from "./lbm-series.ts";
import {hasLbm} from "./plan.ts";
import {round} from "./planar.ts";
import type {World} from "./world.ts";

export function lbmRow(code: string, level: Level, year: number, dims: Record<Dimension, number> | null): LbmRow {
  if (!dims)
    return {
      code,
      level,
      year,
      lbm: null,
      afw: null,
      won: null,
      fys: null,
      vrz: null,
      soc: null,
      onv: null,
      lbm_class: null,
    };
  const rounded = Object.fromEntries(DIMENSION_IDS.map((d) => [d, round(dims[d], 4)])) as Record<Dimension, number>;
  // Same summation order as the contract's validator, so afw equals the sum exactly.
  const afw = DIMENSION_IDS.reduce((s, d) => s + rounded[d], 0);
  const lbm = LBM_BASE + afw;
  return {code, level, year, lbm, afw, ...rounded, lbm_class: classOf(lbm, DEFAULT_CLASS_LOWER_BOUNDS)};
}

export function lbmRows(world: World, series: DimensionArrays): LbmRow[] {
  const rows: LbmRow[] = [];
  const at = (b: number, t: number) =>
    Object.fromEntries(DIMENSION_IDS.map((d) => [d, series[d][b * YEAR_COUNT + t]])) as Record<Dimension, number>;
  for (const b of world.buurten)
    LBM_YEARS.forEach((year, t) => rows.push(lbmRow(b.code, "buurt", year, hasLbm(b) ? at(b.index, t) : null)));

  const groups = [
    ...world.wijken.map((w) => ({code: w.code, level: "wijk" as const, buurten: w.buurten})),
    ...world.gemeenten.map((g) => ({code: g.code, level: "gemeente" as const, buurten: g.buurten})),
  ];
  for (const group of groups) {
    const scored = group.buurten.filter((b) => hasLbm(world.buurten[b]));
    const weight = scored.reduce((s, b) => s + world.buurten[b].inhabitants, 0);
    LBM_YEARS.forEach((year, t) => {
      if (weight === 0) return rows.push(lbmRow(group.code, group.level, year, null));
      const dims = Object.fromEntries(
        DIMENSION_IDS.map((d) => [
          d,
          scored.reduce((s, b) => s + world.buurten[b].inhabitants * series[d][b * YEAR_COUNT + t], 0) / weight,
        ]),
      ) as Record<Dimension, number>;
      rows.push(lbmRow(group.code, group.level, year, dims));
    });
  }
  return rows;
}
