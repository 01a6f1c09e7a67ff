// Contiguity from a TopoJSON topology. Rook: polygons that share a boundary arc (topojson-client's
// `neighbors`). Queen: also polygons that only touch at a point; in a topology arcs are cut at
// every junction, so touching polygons share an arc end point.
import {neighbors} from "topojson-client";

/**
 * Neighbour lists for the geometries of `topology.objects[object]`, in the order of `codes`
 * (feature ids); areas missing from the topology get no neighbours.
 * Returns {lists, missing} where missing lists the codes without a geometry.
 */
export function contiguityLists(topology, object, codes, {rule = "queen"} = {}) {
  const geometries = topology.objects[object]?.geometries;
  if (!geometries) throw new Error(`TopoJSON heeft geen object "${object}"`);
  const position = new Map(codes.map((code, i) => [String(code), i]));
  const geometryIndex = geometries.map((g) => position.get(String(g.id)) ?? -1);
  const sets = codes.map(() => new Set());
  const link = (a, b) => {
    if (a >= 0 && b >= 0 && a !== b) (sets[a].add(b), sets[b].add(a));
  };
  neighbors(geometries).forEach((list, g) => list.forEach((h) => link(geometryIndex[g], geometryIndex[h])));
  if (rule === "queen") {
    const byPoint = new Map();
    geometries.forEach((g, gi) => {
      if (geometryIndex[gi] < 0) return;
      for (const arc of arcsOf(g)) {
        for (const key of arcEnds(topology, arc)) {
          let list = byPoint.get(key);
          if (!list) byPoint.set(key, (list = new Set()));
          list.add(geometryIndex[gi]);
        }
      }
    });
    for (const members of byPoint.values()) {
      if (members.size < 2) continue;
      const list = [...members];
      for (let a = 0; a < list.length; ++a) for (let b = a + 1; b < list.length; ++b) link(list[a], list[b]);
    }
  } else if (rule !== "rook") {
    throw new Error(`Onbekende contiguïteitsregel ${JSON.stringify(rule)}`);
  }
  const present = new Set(geometryIndex.filter((i) => i >= 0));
  return {
    lists: sets.map((s) => [...s].sort((a, b) => a - b)),
    missing: codes.filter((_, i) => !present.has(i)),
  };
}

function arcsOf(geometry) {
  if (geometry.type === "Polygon") return geometry.arcs.flat();
  if (geometry.type === "MultiPolygon") return geometry.arcs.flat(2);
  return [];
}

// Arc end points as exact keys; with quantised (delta-encoded) arcs the end is the running sum.
function arcEnds(topology, arc) {
  const coords = topology.arcs[arc < 0 ? ~arc : arc];
  const first = coords[0];
  let last = coords[coords.length - 1];
  if (topology.transform) {
    let x = 0,
      y = 0;
    for (const [dx, dy] of coords) ((x += dx), (y += dy));
    last = [x, y];
  }
  return [`${first[0]},${first[1]}`, `${last[0]},${last[1]}`];
}
