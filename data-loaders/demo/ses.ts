/** SES-WOA: a latent socio-economic level per buurt, measured as CBS publishes it (2019). */
import type {Level, SesRow} from "../contract/index.ts";
import {smoothField} from "./fields.ts";
import {clusterIntensity, hasSes, type Plan} from "./plan.ts";
import {round} from "./planar.ts";
import {Random} from "./random.ts";
import type {World} from "./world.ts";

export const SES_YEAR = 2019;

/** Published scores of one buurt before suppression. */
export interface SesMeasure {
  total: number;
  welvaart: number;
  opleiding: number;
  arbeid: number;
  spread: number;
}

export function latentSes(world: World, plan: Plan): Float64Array {
  const random = Random.stream(world.seed, "ses:latent");
  const regional = smoothField(world.seed, "ses:regional", 25);
  const local = smoothField(world.seed, "ses:local", 4);
  // Big cities are internally mixed, so their average is less extreme than a small town's.
  const gemeenteEffect = world.gemeenten.map((g) =>
    random.normal(0, g.sizeClass === "G4" || g.sizeClass === "100k+" ? 0.15 : g.sizeClass === "50-100k" ? 0.25 : 0.35),
  );
  const z = new Float64Array(world.buurten.length);
  for (const b of world.buurten) {
    let value =
      0.4 * regional(b.site) +
      0.2 * local(b.site) +
      gemeenteEffect[b.gemeente] +
      random.normal(0, 0.6) +
      b.urbanity * random.normal(0, 0.4);
    value -= 2.2 * clusterIntensity(plan, b.site);
    z[b.index] = value;
  }
  for (const pocket of plan.lowLowPockets) {
    // A deprived pocket in an otherwise ordinary town: the rest stays clear of the lowest fifth.
    const inPocket = new Set(pocket.buurten);
    for (const b of world.gemeenten[pocket.gemeente].buurten)
      z[b] = inPocket.has(b) ? random.normal(-1.9, 0.25) : Math.max(z[b], random.normal(0, 0.1));
  }
  capDeprivedShare(world, plan, z);
  return z;
}

/** Unplanted gemeenten keep at most this share of buurten in the national lowest SES fifth, so the
 * planted pockets and clusters stay the clearest low–low places (the whole gemeente shifts up). */
const MAX_DEPRIVED_SHARE = 0.2;

function capDeprivedShare(world: World, plan: Plan, z: Float64Array) {
  const published = world.buurten.filter(hasSes).map((b) => b.index);
  const sorted = published.map((b) => z[b]).sort((a, b) => a - b);
  const p20 = sorted[Math.floor(0.2 * sorted.length)];
  const pockets = new Set(plan.lowLowPockets.map((p) => p.gemeente));
  // Around a planted cluster only the buurten outside it are capped, and more strictly.
  const outsideClusters = (b: number) => clusterIntensity(plan, world.buurten[b].site) === 0;
  const clusterCities = new Set(plan.metroClusters.map((c) => c.gemeente));
  for (const g of world.gemeenten) {
    if (pockets.has(g.index)) continue;
    const members = clusterCities.has(g.index) ? g.buurten.filter(outsideClusters) : g.buurten;
    const cap = clusterCities.has(g.index) ? MAX_DEPRIVED_SHARE / 2 : MAX_DEPRIVED_SHARE;
    const values = members
      .filter((b) => hasSes(world.buurten[b]))
      .map((b) => z[b])
      .sort((a, b) => a - b);
    if (values.length === 0) continue;
    const allowed = Math.floor(cap * values.length);
    const shift = p20 - values[allowed] + 0.05;
    if (shift > 0) for (const b of members) z[b] += shift;
  }
}

export function measureSes(world: World, z: Float64Array): SesMeasure[] {
  const random = Random.stream(world.seed, "ses:measure");
  return world.buurten.map((b) => {
    const latent = z[b.index];
    const welvaart = 0.3 * latent + random.normal(0, 0.1);
    const opleiding = 0.33 * latent + random.normal(0, 0.07);
    const arbeid = 0.22 * latent + random.normal(0, 0.09);
    const total = (welvaart + opleiding + arbeid) / 3 + random.normal(0, 0.02);
    const spread = 0.28 + 0.1 * b.urbanity + 0.04 * latent * latent + Math.abs(random.normal(0, 0.04));
    return {total, welvaart, opleiding, arbeid, spread};
  });
}

type Group = {code: string; level: Level; buurten: number[]};

function row(code: string, level: Level, households: number, m: SesMeasure | null): SesRow {
  return {
    code,
    level,
    year: SES_YEAR,
    ses_total: m && round(m.total, 3),
    ses_welvaart: m && round(m.welvaart, 3),
    ses_opleiding: m && round(m.opleiding, 3),
    ses_arbeid: m && round(m.arbeid, 3),
    ses_spread: m && round(m.spread, 3),
    households,
  };
}

/** Household-weighted mean of the parts; spread combines within- and between-buurt variation. */
function aggregate(buurten: number[], world: World, measures: SesMeasure[]): SesMeasure | null {
  const weight = (b: number) => world.buurten[b].households;
  const total = buurten.reduce((s, b) => s + weight(b), 0);
  if (total === 0) return null;
  const mean = (pick: (m: SesMeasure) => number) =>
    buurten.reduce((s, b) => s + weight(b) * pick(measures[b]), 0) / total;
  const m = {
    total: mean((x) => x.total),
    welvaart: mean((x) => x.welvaart),
    opleiding: mean((x) => x.opleiding),
    arbeid: mean((x) => x.arbeid),
    spread: 0,
  };
  m.spread = Math.sqrt(mean((x) => x.spread ** 2 + (x.total - m.total) ** 2));
  return m;
}

export function sesRows(world: World, measures: SesMeasure[]): SesRow[] {
  const rows: SesRow[] = world.buurten.map((b) =>
    row(b.code, "buurt", b.households, hasSes(b) ? measures[b.index] : null),
  );
  const groups: Group[] = [
    ...world.wijken.map((w) => ({code: w.code, level: "wijk" as const, buurten: w.buurten})),
    ...world.gemeenten.map((g) => ({code: g.code, level: "gemeente" as const, buurten: g.buurten})),
  ];
  for (const group of groups) {
    const households = group.buurten.reduce((s, b) => s + world.buurten[b].households, 0);
    const inhabitants = group.buurten.reduce((s, b) => s + world.buurten[b].inhabitants, 0);
    const published = households >= 50 && inhabitants >= 100;
    rows.push(row(group.code, group.level, households, published ? aggregate(group.buurten, world, measures) : null));
  }
  return rows;
}
