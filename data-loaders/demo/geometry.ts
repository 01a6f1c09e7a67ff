/** TopoJSON of Demoland: buurt cells, merged upward into wijken, gemeenten and provincies so
 * that every level shares the same arcs. */
import type {Feature, FeatureCollection, Polygon} from "geojson";
import {mergeArcs} from "topojson-client";
import {topology} from "topojson-server";
import type {GeometryCollection, GeometryObject, Topology} from "topojson-specification";
import {toLonLat, type Ring} from "./planar.ts";
import type {World} from "./world.ts";

/** ~25 m at Demoland's scale: fine enough for city buurten, compact in delta-encoded arcs. */
export const QUANTIZATION = 10_000;

type Properties = {name: string};

/** d3-geo treats a ring as the boundary of the smaller area when it runs clockwise (lon right, lat up). */
function d3Ring(cellCounterclockwiseKm: Ring): number[][] {
  const ring = cellCounterclockwiseKm.map(toLonLat).reverse();
  ring.push(ring[0]);
  return ring;
}

export function buildGeometry(world: World): Topology {
  const buurtFeatures: Feature<Polygon, Properties>[] = world.buurten.map((b) => ({
    type: "Feature",
    id: b.code,
    properties: {name: b.name},
    geometry: {type: "Polygon", coordinates: [d3Ring(b.cell)]},
  }));
  const collection: FeatureCollection<Polygon, Properties> = {type: "FeatureCollection", features: buurtFeatures};
  const topo = topology({buurt: collection}, QUANTIZATION);
  const buurtGeometries = (topo.objects.buurt as GeometryCollection).geometries;

  const merged = (groups: {code: string; name: string; buurten: number[]}[]): GeometryCollection<Properties> => ({
    type: "GeometryCollection",
    geometries: groups.map((group) => {
      const shape = mergeArcs(topo, group.buurten.map((b) => buurtGeometries[b]) as Parameters<typeof mergeArcs>[1]);
      return {...shape, id: group.code, properties: {name: group.name}} as GeometryObject<Properties>;
    }),
  });

  const buurtenOfProvincie = world.provincies.map(() => [] as number[]);
  for (const g of world.gemeenten) buurtenOfProvincie[g.provincie].push(...g.buurten);
  topo.objects.wijk = merged(world.wijken);
  topo.objects.gemeente = merged(world.gemeenten);
  topo.objects.provincie = merged(world.provincies.map((p) => ({...p, buurten: buurtenOfProvincie[p.index]})));
  return topo;
}
