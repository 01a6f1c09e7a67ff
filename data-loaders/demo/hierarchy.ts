/** Gemeenten with their size, seat and name, grouped into COROP regions and provincies. */
import {kMeans} from "./kmeans.ts";
import {NameGenerator} from "./names.ts";
import type {Outline} from "./outline.ts";
import {COUNTS, G4_INHABITANTS, GEMEENTE_SIZES} from "./params.ts";
import {distance, type Point} from "./planar.ts";
import {Random} from "./random.ts";
import type {Corop, Gemeente, Provincie} from "./world.ts";

export interface Hierarchy {
  provincies: Provincie[];
  corops: Corop[];
  gemeenten: Gemeente[];
}

/** Mitchell's best-candidate sampling: evenly spread seats without a visible grid. */
function spreadPoints(count: number, outline: Outline, random: Random): Point[] {
  const [x0, y0, x1, y1] = outline.bounds;
  const points: Point[] = [];
  const candidate = (): Point => {
    for (;;) {
      const p: Point = [random.between(x0, x1), random.between(y0, y1)];
      if (outline.contains(p, 4)) return p;
    }
  };
  while (points.length < count) {
    let best: Point = candidate();
    let bestDistance = -1;
    for (let i = 0; i < 12; i++) {
      const p = i === 0 ? best : candidate();
      const d = points.reduce((m, q) => Math.min(m, distance(p, q)), Infinity);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
    points.push(best);
  }
  return points;
}

/** Heavy tail inside a size band: most gemeenten sit near the lower bound. */
function inhabitantsWithin(min: number, max: number, random: Random): number {
  const u = random.uniform() ** 2.2;
  return Math.round(Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * u) / 10) * 10;
}

function pickG4Seats(seats: Point[], random: Random): number[] {
  const chosen: number[] = [];
  // Big cities in the west, away from the coast and from each other, like a Randstad.
  const order = random.shuffled(seats.map((_, i) => i)).filter((i) => seats[i][0] < 10 && Math.hypot(...seats[i]) < 75);
  for (const i of order) {
    if (chosen.every((j) => distance(seats[i], seats[j]) > 38)) chosen.push(i);
    if (chosen.length === 4) return chosen;
  }
  throw new Error("could not place the four big cities");
}

export function buildHierarchy(seed: number, outline: Outline): Hierarchy {
  const random = Random.stream(seed, "hierarchy");
  const gemeenteCount = GEMEENTE_SIZES.reduce((s, c) => s + c.count, 0);
  const seats = spreadPoints(gemeenteCount, outline, random);
  const g4 = pickG4Seats(seats, random);

  // Larger gemeenten lean to the west, like the real urban core; the rest is shuffled.
  const rest = seats.map((_, i) => i).filter((i) => !g4.includes(i));
  const westness = new Map(rest.map((i) => [i, -seats[i][0] / 60 + random.normal(0, 1)]));
  rest.sort((a, b) => westness.get(b)! - westness.get(a)! || a - b);
  const sized: {seat: number; sizeClass: Gemeente["sizeClass"]; inhabitants: number}[] = g4.map((seat, i) => ({
    seat,
    sizeClass: "G4",
    inhabitants: G4_INHABITANTS[i],
  }));
  let cursor = 0;
  for (const band of GEMEENTE_SIZES.filter((b) => b.sizeClass !== "G4")) {
    for (let i = 0; i < band.count; i++)
      sized.push({
        seat: rest[cursor++],
        sizeClass: band.sizeClass,
        inhabitants: inhabitantsWithin(band.min, band.max, random),
      });
  }

  const names = new NameGenerator(Random.stream(seed, "names:gemeenten"));
  const unnamed = sized.map((s) => ({...s, name: names.place()}));
  unnamed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // CBS numbered gemeenten alphabetically once; later mergers left gaps.
  let code = random.int(3, 9);
  const gemeenten: Gemeente[] = unnamed.map((s, index) => {
    const g: Gemeente = {
      index,
      code: `GM${String(code).padStart(4, "0")}`,
      name: s.name,
      sizeClass: s.sizeClass,
      inhabitants: s.inhabitants,
      center: seats[s.seat],
      corop: -1,
      provincie: -1,
      buurten: [],
      wijken: [],
    };
    code += random.int(1, 9);
    return g;
  });

  const g4Gemeenten = gemeenten.filter((g) => g.sizeClass === "G4");
  const coropOf = kMeans(
    gemeenten.map((g) => g.center),
    COUNTS.corops,
    {fixedCenters: g4Gemeenten.map((g) => g.center), iterations: 15},
  );
  const coropCount = Math.max(...coropOf) + 1;
  const coropCenters: Point[] = Array.from({length: coropCount}, (_, c) => {
    const members = gemeenten.filter((_, i) => coropOf[i] === c);
    return [
      members.reduce((s, g) => s + g.center[0], 0) / members.length,
      members.reduce((s, g) => s + g.center[1], 0) / members.length,
    ];
  });
  const provincieOfCorop = kMeans(coropCenters, COUNTS.provincies, {iterations: 15});

  // Number provincies and COROPs from north to south, as CBS roughly does.
  const provincieCount = Math.max(...provincieOfCorop) + 1;
  const provincieY = Array.from({length: provincieCount}, (_, p) => {
    const ys = coropCenters.filter((_, c) => provincieOfCorop[c] === p).map((c) => c[1]);
    return ys.reduce((s, y) => s + y, 0) / ys.length;
  });
  const provincieRank = rankDescending(provincieY);
  const regionNames = new NameGenerator(Random.stream(seed, "names:regions"));
  const provincies: Provincie[] = provincieRank.map((_, index) => ({
    index,
    code: `PV${20 + index}`,
    name: regionNames.region(),
  }));
  const provincieIndexOf = new Map(provincieRank.map((p, index) => [p, index]));

  const coropOrder = coropCenters
    .map((_, c) => c)
    .sort(
      (a, b) =>
        provincieIndexOf.get(provincieOfCorop[a])! - provincieIndexOf.get(provincieOfCorop[b])! ||
        coropCenters[b][1] - coropCenters[a][1],
    );
  const corops: Corop[] = coropOrder.map((c, index) => ({
    index,
    code: `CR${String(index + 1).padStart(2, "0")}`,
    name: "",
    provincie: provincieIndexOf.get(provincieOfCorop[c])!,
    center: coropCenters[c],
  }));
  const coropIndexOf = new Map(coropOrder.map((c, index) => [c, index]));
  gemeenten.forEach((g, i) => {
    g.corop = coropIndexOf.get(coropOf[i])!;
    g.provincie = corops[g.corop].provincie;
  });
  nameCorops(corops, gemeenten, regionNames, random);
  return {provincies, corops, gemeenten};
}

function rankDescending(values: number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
}

/** COROP regions are named after their largest gemeente or invented landscape names. */
function nameCorops(corops: Corop[], gemeenten: Gemeente[], names: NameGenerator, random: Random) {
  for (const corop of corops) {
    const members = gemeenten.filter((g) => g.corop === corop.index).sort((a, b) => b.inhabitants - a.inhabitants);
    const largest = members[0];
    if (largest.sizeClass === "G4")
      corop.name = `${random.pick(["Groot-", "Agglomeratie ", "Metropoolregio "])}${largest.name}`.replace(/ $/, "");
    else if (largest.sizeClass === "100k+" && random.chance(0.6)) corop.name = `${largest.name} en omgeving`;
    else corop.name = names.region();
  }
}
