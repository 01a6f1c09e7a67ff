/** A TopoJSON topology with only some of its objects and the arcs they use, so that a page that
 * draws gemeenten need not download every buurt boundary. Coordinates are untouched (arcs are
 * copied whole, quantised or not), so a feature reads the same as from the full topology. */
import type {GeometryObject, Topology} from "topojson-specification";

type Arcs = number | Arcs[];

function collectArcs(arcs: Arcs, used: Set<number>) {
  if (typeof arcs === "number") used.add(arcs < 0 ? ~arcs : arcs);
  else for (const a of arcs) collectArcs(a, used);
}

function renumber(arcs: Arcs, index: Map<number, number>): Arcs {
  if (typeof arcs !== "number") return arcs.map((a) => renumber(a, index));
  const to = index.get(arcs < 0 ? ~arcs : arcs)!;
  return arcs < 0 ? ~to : to;
}

function walk(geometry: GeometryObject<any>, visit: (g: GeometryObject<any> & {arcs: Arcs}) => void): void {
  if (geometry.type === "GeometryCollection") for (const g of geometry.geometries) walk(g, visit);
  else if ("arcs" in geometry) visit(geometry as GeometryObject<any> & {arcs: Arcs});
}

/** The topology with only `names` among its objects; throws naming an object it does not have. */
export function topologySubset(topology: Topology, names: readonly string[]): Topology {
  for (const name of names)
    if (!topology.objects[name])
      throw new Error(
        `geometry: object "${name}" missing from the topology (present: ${Object.keys(topology.objects).join(", ")})`,
      );
  const objects = Object.fromEntries(names.map((name) => [name, structuredClone(topology.objects[name])]));
  const used = new Set<number>();
  for (const o of Object.values(objects)) walk(o, (g) => collectArcs(g.arcs, used));
  const kept = [...used].sort((a, b) => a - b);
  const index = new Map(kept.map((old, i) => [old, i]));
  for (const o of Object.values(objects)) walk(o, (g) => (g.arcs = renumber(g.arcs, index) as never));
  return {...topology, objects, arcs: kept.map((i) => topology.arcs[i])} as Topology;
}
