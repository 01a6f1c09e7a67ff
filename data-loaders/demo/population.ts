/** Inhabitants and households per buurt: heavy-tailed, summing exactly to the gemeente totals. */
import type {SizeClass} from "../contract/index.ts";
import {Random} from "./random.ts";
import type {Buurt, Gemeente} from "./world.ts";

const HOUSEHOLD_SIZE: Record<SizeClass, number> = {
  G4: 1.85,
  "100k+": 2.05,
  "50-100k": 2.22,
  "20-50k": 2.33,
  "<20k": 2.42,
};

/** Largest-remainder rounding, so integer parts add up to the total. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

export function populate(seed: number, gemeenten: Gemeente[], buurten: Buurt[]): void {
  const random = Random.stream(seed, "population");
  for (const g of gemeenten) {
    const members = g.buurten.map((b) => buurten[b]);
    for (const b of members) b.isSparse = random.chance(b.isCore ? 0.035 : 0.13);
    if (members.every((b) => b.isSparse)) members[0].isSparse = false;
    const sparseInhabitants = members.map((b) => (b.isSparse ? random.int(0, 95) : 0));
    const weights = members.map((b) => (b.isSparse ? 0 : random.logNormal(0, 0.75) * (b.isCore ? 1.7 : 0.6)));
    const rest = g.inhabitants - sparseInhabitants.reduce((s, v) => s + v, 0);
    const shares = apportion(rest, weights);
    members.forEach((b, i) => {
      b.inhabitants = sparseInhabitants[i] + shares[i];
      const size = HOUSEHOLD_SIZE[g.sizeClass] - (b.isCore ? 0.08 : -0.12) + random.normal(0, 0.12);
      b.households = Math.round(b.inhabitants / Math.max(1.3, size));
    });
  }
}
