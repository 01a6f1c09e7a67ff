/** Buurt sites inside each gemeente's territory, grouped into wijken, with CBS-style codes. */
import {Delaunay} from "d3-delaunay";
import type {SizeClass} from "../contract/index.ts";
import {kMeans} from "./kmeans.ts";
import {NameGenerator} from "./names.ts";
import type {Outline} from "./outline.ts";
import {COUNTS, MIN_BUURT_SPACING_KM} from "./params.ts";
import type {Point} from "./planar.ts";
import {Random} from "./random.ts";
import type {Buurt, Gemeente, Wijk} from "./world.ts";

/** Share of buurten drawn around town cores (the rest is countryside) and number of extra villages. */
const SETTLEMENT: Record<SizeClass, {core: number; villages: [number, number]}> = {
  G4: {core: 0.95, villages: [0, 1]},
  "100k+": {core: 0.88, villages: [1, 2]},
  "50-100k": {core: 0.84, villages: [1, 3]},
  "20-50k": {core: 0.78, villages: [1, 4]},
  "<20k": {core: 0.68, villages: [1, 3]},
};

interface Kernel {
  center: Point;
  sigma: number;
  weight: number;
}

class SpacingGrid {
  private cells = new Map<string, Point[]>();
  constructor(private size: number) {}
  private key(x: number, y: number) {
    return `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  }
  fits([x, y]: Point): boolean {
    const cx = Math.floor(x / this.size),
      cy = Math.floor(y / this.size);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const [px, py] of this.cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.hypot(px - x, py - y) < this.size) return false;
    return true;
  }
  add(p: Point) {
    const k = this.key(p[0], p[1]);
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }
}

export function buurtCounts(gemeenten: Gemeente[]): number[] {
  const scale = COUNTS.targetBuurten / gemeenten.reduce((s, g) => s + g.inhabitants ** 0.7, 0);
  return gemeenten.map((g) => Math.max(4, Math.round(scale * g.inhabitants ** 0.7)));
}

export function placeBuurten(
  seed: number,
  outline: Outline,
  gemeenten: Gemeente[],
): {buurten: Buurt[]; wijken: Wijk[]} {
  const random = Random.stream(seed, "placement");
  const delaunay = Delaunay.from(gemeenten.map((g) => g.center));
  const territories = delaunay.voronoi(outline.bounds);
  const grid = new SpacingGrid(MIN_BUURT_SPACING_KM);
  const counts = buurtCounts(gemeenten);
  const buurten: Buurt[] = [];

  for (const g of gemeenten) {
    const polygon = territories.cellPolygon(g.index) as Point[];
    const xs = polygon.map((p) => p[0]),
      ys = polygon.map((p) => p[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const inTerritory = (p: Point) => outline.contains(p, 0.4) && delaunay.find(p[0], p[1], g.index) === g.index;
    const settlement = SETTLEMENT[g.sizeClass];
    const kernels: Kernel[] = [{center: g.center, sigma: 0.3 + 0.9 * Math.sqrt(g.inhabitants / 100_000), weight: 1}];
    const villages = random.int(...settlement.villages);
    for (let v = 0, tries = 0; v < villages && tries < 200; tries++) {
      const p: Point = [random.between(box[0], box[2]), random.between(box[1], box[3])];
      if (inTerritory(p))
        (kernels.push({center: p, sigma: random.between(0.35, 0.7), weight: random.between(0.15, 0.4)}), v++);
    }
    const totalWeight = kernels.reduce((s, k) => s + k.weight, 0);

    const uniform = (): Point => [random.between(box[0], box[2]), random.between(box[1], box[3])];
    for (let n = 0; n < counts[g.index]; n++) {
      let site: Point | null = null;
      let isCore = false;
      const wantsCore = random.chance(settlement.core);
      for (let attempt = 0; attempt < 4000 && !site; attempt++) {
        let candidate: Point;
        let core = false;
        if (wantsCore && attempt < 300) {
          let pick = random.uniform() * totalWeight;
          const kernel = kernels.find((k) => (pick -= k.weight) < 0) ?? kernels[0];
          candidate = [random.normal(kernel.center[0], kernel.sigma), random.normal(kernel.center[1], kernel.sigma)];
          core = Math.hypot(candidate[0] - kernel.center[0], candidate[1] - kernel.center[1]) < 2.5 * kernel.sigma;
        } else candidate = uniform();
        if (inTerritory(candidate) && grid.fits(candidate)) [site, isCore] = [candidate, core];
      }
      if (!site) throw new Error(`no room for buurt ${n} in ${g.name}`);
      grid.add(site);
      g.buurten.push(buurten.length);
      buurten.push(emptyBuurt(buurten.length, g.index, site, isCore));
    }
  }
  const wijken = groupIntoWijken(seed, gemeenten, buurten, random);
  return {buurten, wijken};
}

function emptyBuurt(index: number, gemeente: number, site: Point, isCore: boolean): Buurt {
  return {
    index,
    code: "",
    name: "",
    gemeente,
    wijk: -1,
    site,
    isCore,
    isSparse: false,
    inhabitants: 0,
    households: 0,
    cell: [],
    areaKm2: 0,
    centroid: site,
    stedelijkheid: null,
    urbanity: 0,
  };
}

const northToSouth = (a: Point, b: Point) => b[1] - a[1] || a[0] - b[0];

function groupIntoWijken(seed: number, gemeenten: Gemeente[], buurten: Buurt[], random: Random): Wijk[] {
  const wijken: Wijk[] = [];
  for (const g of gemeenten) {
    const members = g.buurten;
    const wanted = Math.round((members.length / COUNTS.buurtenPerWijk) * random.between(0.75, 1.25));
    const k = Math.min(99, members.length, Math.max(1, Math.ceil(members.length / 99), wanted));
    const groups = kMeans(
      members.map((b) => buurten[b].site),
      k,
    );
    const clusters: number[][] = [];
    groups.forEach((c, i) => (clusters[c] ??= []).push(members[i]));
    const centroidOf = (list: number[]): Point => [
      list.reduce((s, b) => s + buurten[b].site[0], 0) / list.length,
      list.reduce((s, b) => s + buurten[b].site[1], 0) / list.length,
    ];
    clusters.sort((a, b) => northToSouth(centroidOf(a), centroidOf(b)));
    const names = new NameGenerator(Random.stream(seed, `names:${g.code}`));
    g.wijken = [];
    clusters.forEach((list, w) => {
      if (list.length > 99) throw new Error(`wijk with ${list.length} buurten in ${g.name}`);
      const wijk: Wijk = {
        index: wijken.length,
        code: `WK${g.code.slice(2)}${String(w).padStart(2, "0")}`,
        name: names.quarter(w === 0),
        gemeente: g.index,
        buurten: [],
      };
      list.sort((a, b) => northToSouth(buurten[a].site, buurten[b].site));
      list.forEach((b, i) => {
        const buurt = buurten[b];
        buurt.wijk = wijk.index;
        buurt.code = `BU${wijk.code.slice(2)}${String(i).padStart(2, "0")}`;
        buurt.name = names.quarter(buurt.isCore);
        wijk.buurten.push(b);
      });
      g.wijken.push(wijk.index);
      wijken.push(wijk);
    });
  }
  return wijken;
}
