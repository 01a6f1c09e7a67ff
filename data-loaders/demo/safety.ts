/** Safety per gemeente (2019): ondermijning indicators driven by one latent level, and ervaren
 * onveiligheid that follows it (more strongly in cities) and falls with sociale samenhang. */
import {ONVEILIGHEID_MEASURE, SAFETY_MEASURES, type SafetyRow} from "../contract/index.ts";
import {groupStedelijkheid} from "./areas.ts";
import type {Plan} from "./plan.ts";
import {round} from "./planar.ts";
import {Random} from "./random.ts";
import type {World} from "./world.ts";

export const SAFETY_YEAR = 2019;

/** Typical level and sensitivity to the latent ondermijning level, per indicator. */
const INDICATORS: Record<string, {base: number; loading: number; noise: number}> = {
  verdachten_drugs: {base: 1.4, loading: 0.38, noise: 0.18},
  veroordeelden_drugs: {base: 0.55, loading: 0.36, noise: 0.2},
  verdachten_vermogen: {base: 5.5, loading: 0.3, noise: 0.15},
  drugshandel: {base: 0.35, loading: 0.42, noise: 0.25},
  hennepkwekerijen: {base: 2.2, loading: 0.3, noise: 0.35},
  witwassen: {base: 1.6, loading: 0.33, noise: 0.3},
};

const standardize = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
  return values.map((v) => (v - mean) / sd);
};

export interface SafetyResult {
  rows: SafetyRow[];
  /** Latent ondermijning level per gemeente index (standardised). */
  ondermijning: number[];
  /** Gemeenten whose survey estimate is published. */
  reliable: number[];
}

export function safetyRows(world: World, plan: Plan, z: Float64Array, socByGemeente: number[]): SafetyResult {
  const random = Random.stream(world.seed, "safety");
  const {gemeenten, buurten} = world;
  const members = gemeenten.map((g) => g.buurten.map((b) => buurten[b]));
  const urbanity = standardize(
    members.map(
      (list) =>
        list.reduce((s, b) => s + b.households * b.urbanity, 0) /
        Math.max(
          1,
          list.reduce((s, b) => s + b.households, 0),
        ),
    ),
  );
  const ses = standardize(
    members.map(
      (list) =>
        list.reduce((s, b) => s + b.households * z[b.index], 0) /
        Math.max(
          1,
          list.reduce((s, b) => s + b.households, 0),
        ),
    ),
  );
  const soc = standardize(socByGemeente);
  const latent = standardize(
    gemeenten.map((g) => 0.9 * urbanity[g.index] - 0.6 * ses[g.index] + random.normal(0, 0.8)),
  );
  const outliers = new Set(plan.ondermijningOutliers);
  for (const g of outliers) latent[g] = Math.max(latent[g], random.between(1.7, 2.2));

  const onveilig = gemeenten.map((g) => {
    const urban = (groupStedelijkheid(members[g.index]) ?? 5) <= 2;
    const pct =
      17 +
      3 * urbanity[g.index] +
      (urban ? 4.5 : 1.2) * latent[g.index] -
      1.2 * soc[g.index] +
      random.normal(0, urban ? 1.4 : 2.4);
    return Math.min(45, Math.max(4, pct));
  });
  const reliable = gemeenten.filter((g) => plan.reliableSafety.has(g.index)).map((g) => g.index);
  // Outliers feel safe despite the signs of ondermijning: well below the reliable gemeenten's tenth percentile.
  const sortedReliable = reliable.map((g) => onveilig[g]).sort((a, b) => a - b);
  const p10 = sortedReliable[Math.floor(0.1 * sortedReliable.length)];
  for (const g of outliers) onveilig[g] = Math.max(4, p10 - random.between(0.5, 2.5));

  const rows: SafetyRow[] = [];
  for (const measure of SAFETY_MEASURES) {
    for (const g of gemeenten) {
      if (measure.id === ONVEILIGHEID_MEASURE) {
        const published = plan.reliableSafety.has(g.index);
        const sizeFactor = Math.log(g.inhabitants / 40_000) / Math.log(850_000 / 40_000);
        const respondents = published
          ? Math.round(Math.min(3000, Math.max(300, 320 + 2600 * sizeFactor + random.normal(0, 120))))
          : null;
        rows.push({
          code: g.code,
          level: "gemeente",
          year: SAFETY_YEAR,
          measure: measure.id,
          value: published ? round(onveilig[g.index], 1) : null,
          respondents,
        });
        continue;
      }
      const spec = INDICATORS[measure.id];
      const smallTownNoise = g.inhabitants < 20_000 ? 1.6 : 1;
      const value =
        spec.base * Math.exp(spec.loading * latent[g.index] + random.normal(0, spec.noise * smallTownNoise));
      rows.push({
        code: g.code,
        level: "gemeente",
        year: SAFETY_YEAR,
        measure: measure.id,
        value: round(value, 2),
        respondents: null,
      });
    }
  }
  return {rows, ondermijning: latent, reliable};
}
