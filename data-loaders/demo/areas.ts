/** Contract rows for the area table: buurten, wijken and gemeenten with their hierarchy. */
import type {AreaRow, Level} from "../contract/index.ts";
import {stedelijkheidOf} from "./cells.ts";
import {ADDRESSES_PER_HOUSEHOLD} from "./params.ts";
import {round, toLonLat, type Point} from "./planar.ts";
import type {Buurt, World} from "./world.ts";

const addressDensity = (b: Buurt) => (b.households * ADDRESSES_PER_HOUSEHOLD) / b.areaKm2;

/** Like CBS: the address-weighted mean of the surrounding address density, not total/area. */
export function groupStedelijkheid(buurten: Buurt[]): number | null {
  const households = buurten.reduce((s, b) => s + b.households, 0);
  if (households === 0) return null;
  return stedelijkheidOf(buurten.reduce((s, b) => s + b.households * addressDensity(b), 0) / households);
}

function areaWeightedCentroid(buurten: Buurt[]): Point {
  const area = buurten.reduce((s, b) => s + b.areaKm2, 0);
  return [
    buurten.reduce((s, b) => s + b.areaKm2 * b.centroid[0], 0) / area,
    buurten.reduce((s, b) => s + b.areaKm2 * b.centroid[1], 0) / area,
  ];
}

export function areaRows(world: World): AreaRow[] {
  const rows: AreaRow[] = [];
  const push = (
    code: string,
    name: string,
    level: Level,
    wijkCode: string | null,
    gemeenteIndex: number,
    members: Buurt[],
    stedelijkheid: number | null,
    centroid: Point,
  ) => {
    const g = world.gemeenten[gemeenteIndex];
    const corop = world.corops[g.corop];
    const provincie = world.provincies[g.provincie];
    const [lon, lat] = toLonLat(centroid);
    rows.push({
      code,
      name,
      level,
      wijk_code: wijkCode,
      gemeente_code: g.code,
      gemeente_name: g.name,
      provincie_code: provincie.code,
      provincie_name: provincie.name,
      corop_code: corop.code,
      corop_name: corop.name,
      size_class: g.sizeClass,
      stedelijkheid,
      inhabitants: members.reduce((s, b) => s + b.inhabitants, 0),
      households: members.reduce((s, b) => s + b.households, 0),
      centroid_lon: round(lon, 5),
      centroid_lat: round(lat, 5),
    });
  };
  for (const b of world.buurten)
    push(b.code, b.name, "buurt", world.wijken[b.wijk].code, b.gemeente, [b], b.stedelijkheid, b.centroid);
  for (const w of world.wijken) {
    const members = w.buurten.map((b) => world.buurten[b]);
    push(w.code, w.name, "wijk", null, w.gemeente, members, groupStedelijkheid(members), areaWeightedCentroid(members));
  }
  for (const g of world.gemeenten) {
    const members = g.buurten.map((b) => world.buurten[b]);
    push(
      g.code,
      g.name,
      "gemeente",
      null,
      g.index,
      members,
      groupStedelijkheid(members),
      areaWeightedCentroid(members),
    );
  }
  return rows;
}
