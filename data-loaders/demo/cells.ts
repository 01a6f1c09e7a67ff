/** Voronoi cells of the buurt sites, bounded by sea sites outside the coast; area, centroid and
 * stedelijkheid follow from them. */
import {Delaunay} from "d3-delaunay";
import type {Outline} from "./outline.ts";
import {ADDRESSES_PER_HOUSEHOLD, STEDELIJKHEID_DENSITY} from "./params.ts";
import {ringCentroid, signedArea, type Point, type Ring} from "./planar.ts";
import type {Buurt} from "./world.ts";

export function stedelijkheidOf(addressesPerKm2: number): number {
  const i = STEDELIJKHEID_DENSITY.findIndex((bound) => addressesPerKm2 >= bound);
  return i === -1 ? 5 : i + 1;
}

/** 0 for countryside, 1 for the densest city centres (log scale of address density). */
export const urbanityOf = (addressesPerKm2: number) =>
  Math.min(1, Math.max(0, (Math.log10(Math.max(addressesPerKm2, 1)) - 2) / 1.6));

export function buildCells(outline: Outline, buurten: Buurt[]): void {
  const sea = outline.seaPoints(2.5);
  const sites: Point[] = buurten.map((b) => b.site).concat(sea);
  const voronoi = Delaunay.from(sites).voronoi(outline.bounds);
  for (const b of buurten) {
    const polygon = voronoi.cellPolygon(b.index) as Point[] | null;
    if (!polygon) throw new Error(`no Voronoi cell for buurt ${b.code}`);
    // Open ring, counterclockwise in the km frame; the geometry step decides the final winding.
    let ring: Ring = polygon.slice(0, -1).map(([x, y]) => [x, y]);
    if (signedArea(ring) < 0) ring = ring.reverse();
    b.cell = ring;
    b.areaKm2 = signedArea(ring);
    b.centroid = ringCentroid(ring);
    const density = (b.households * ADDRESSES_PER_HOUSEHOLD) / b.areaKm2;
    b.stedelijkheid = b.households > 0 ? stedelijkheidOf(density) : null;
    b.urbanity = urbanityOf(density);
  }
}
