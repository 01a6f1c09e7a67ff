/** Chooses, before any score is drawn, where the planted structure goes: metropolitan clusters,
 * gemeenten with many low–low buurten, ondermijning outliers, and the reliable survey gemeenten. */
import {LBM_MIN_INHABITANTS, PLANTED, SES_SUPPRESSION} from "./params.ts";
import {distance, type Point} from "./planar.ts";
import {Random} from "./random.ts";
import type {Buurt, World} from "./world.ts";

export interface MetroCluster {
  corop: number;
  gemeente: number;
  center: Point;
  sigmaKm: number;
}

export interface LowLowPocket {
  gemeente: number;
  intendedShare: number;
  /** Buurten pushed to low SES and low LBM. */
  buurten: number[];
  /** Buurten with both a published SES and an LBM score: the share's denominator. */
  eligible: number;
}

export interface Plan {
  metroClusters: MetroCluster[];
  lowLowPockets: LowLowPocket[];
  ondermijningOutliers: number[];
  reliableSafety: Set<number>;
  /** Buurten that the riser/faller planting must leave alone. */
  reserved: Set<number>;
}

export const hasLbm = (b: Buurt) => b.inhabitants >= LBM_MIN_INHABITANTS;
export const hasSes = (b: Buurt) =>
  b.households >= SES_SUPPRESSION.minHouseholds && b.inhabitants >= SES_SUPPRESSION.minInhabitants;

export const CLUSTER_CORE_SHARE = 0.15;
export const CLUSTER_MAX_CORE_BUURTEN = 50;
/** A buurt belongs to a planted cluster where the cluster bump is at least this high. */
export const CLUSTER_CORE_LEVEL = 0.5;

/** How strongly a planted cluster acts at a site: full near its centre, nothing beyond ~1.8 σ. */
export function clusterIntensity(plan: Plan, site: Point): number {
  let intensity = 0;
  for (const c of plan.metroClusters) {
    const level = Math.exp(-(distance(site, c.center) ** 2) / (2 * c.sigmaKm ** 2));
    intensity += Math.min(1, Math.max(0, (level - 0.2) / 0.5));
  }
  return Math.min(1, intensity);
}

export function makePlan(world: World): Plan {
  const random = Random.stream(world.seed, "plan");
  const {gemeenten, buurten} = world;
  const g4 = gemeenten
    .filter((g) => g.sizeClass === "G4")
    .sort((a, b) => b.inhabitants - a.inhabitants || a.index - b.index);

  const metroClusters: MetroCluster[] = g4.slice(0, 2).map((g) => {
    const ring = g.buurten.filter((b) => {
      const d = distance(buurten[b].site, g.center);
      return d > 1.5 && d < 4 && buurten[b].isCore;
    });
    const anchor = buurten[random.pick(ring.length ? ring : g.buurten)];
    // Size the cluster by buurten, not km, so it is a clear but minor part of the city.
    const distances = g.buurten.map((b) => distance(buurten[b].site, anchor.site)).sort((a, b) => a - b);
    const coreCount = Math.min(CLUSTER_MAX_CORE_BUURTEN, Math.round(CLUSTER_CORE_SHARE * g.buurten.length));
    const sigmaKm = distances[coreCount - 1] / Math.sqrt(-2 * Math.log(CLUSTER_CORE_LEVEL));
    return {corop: g.corop, gemeente: g.index, center: anchor.site, sigmaKm};
  });
  const metroCorops = new Set(metroClusters.map((c) => c.corop));

  const usedProvincies = new Set<number>();
  const pocketCandidates = random.shuffled(
    gemeenten.filter(
      (g) =>
        (g.sizeClass === "50-100k" || g.sizeClass === "20-50k") &&
        !metroCorops.has(g.corop) &&
        g.buurten.filter((b) => hasLbm(buurten[b]) && hasSes(buurten[b])).length >= 18,
    ),
  );
  const lowLowPockets: LowLowPocket[] = [];
  for (const g of pocketCandidates) {
    if (lowLowPockets.length === PLANTED.lowLowShares.length) break;
    if (usedProvincies.has(g.provincie)) continue;
    usedProvincies.add(g.provincie);
    const eligible = g.buurten.filter((b) => hasLbm(buurten[b]) && hasSes(buurten[b]));
    const intendedShare = PLANTED.lowLowShares[lowLowPockets.length];
    const seedSite = buurten[random.pick(eligible)].site;
    const nearest = eligible
      .slice()
      .sort((a, b) => distance(buurten[a].site, seedSite) - distance(buurten[b].site, seedSite) || a - b);
    lowLowPockets.push({
      gemeente: g.index,
      intendedShare,
      buurten: nearest.slice(0, Math.round(intendedShare * eligible.length)),
      eligible: eligible.length,
    });
  }
  if (lowLowPockets.length < PLANTED.lowLowShares.length) throw new Error("not enough gemeenten for low–low pockets");
  const pocketGemeenten = new Set(lowLowPockets.map((p) => p.gemeente));

  // Veiligheidsmonitor: large gemeenten always, plus smaller ones that boosted their sample.
  const reliableSafety = new Set(
    gemeenten.filter((g) => g.inhabitants >= PLANTED.reliableInhabitants).map((g) => g.index),
  );
  const boosted = random.shuffled(
    gemeenten.filter((g) => g.inhabitants < PLANTED.reliableInhabitants && g.inhabitants >= 15_000),
  );
  for (const g of boosted) {
    if (reliableSafety.size >= PLANTED.reliableSafetyGemeenten) break;
    reliableSafety.add(g.index);
  }

  const outlierCandidates = random.shuffled(
    gemeenten.filter(
      (g) =>
        reliableSafety.has(g.index) &&
        g.sizeClass !== "G4" &&
        g.sizeClass !== "100k+" &&
        !pocketGemeenten.has(g.index) &&
        !metroCorops.has(g.corop),
    ),
  );
  const ondermijningOutliers = outlierCandidates.slice(0, PLANTED.ondermijningOutliers).map((g) => g.index);

  const reserved = new Set<number>();
  for (const p of lowLowPockets) gemeenten[p.gemeente].buurten.forEach((b) => reserved.add(b));
  for (const g of ondermijningOutliers) gemeenten[g].buurten.forEach((b) => reserved.add(b));
  for (const c of metroClusters)
    for (const b of buurten) if (distance(b.site, c.center) < 3 * c.sigmaKm) reserved.add(b.index);
  return {metroClusters, lowLowPockets, ondermijningOutliers, reliableSafety, reserved};
}
