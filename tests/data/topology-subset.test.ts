// geometry-gemeente.json: the gemeente and provincie objects of the site's topology with only the
// arcs they use, so pages that map gemeenten download a fraction of the boundaries.
import {readFile} from "node:fs/promises";
import {feature, mesh} from "topojson-client";
import type {Topology} from "topojson-specification";
import {beforeAll, describe, expect, it} from "vitest";
import {buildDataset} from "../../data-loaders/build.ts";
import {topologySubset} from "../../data-loaders/topology-subset.ts";

describe("topologySubset", () => {
  let full: Topology;
  beforeAll(async () => {
    full = JSON.parse(await readFile((await buildDataset()).path("geometry"), "utf8"));
  }, 180_000);

  it("keeps the named objects with exactly the same features and borders, and drops the buurt arcs", () => {
    const subset = topologySubset(full, ["gemeente", "provincie"]);
    expect(Object.keys(subset.objects)).toEqual(["gemeente", "provincie"]);
    for (const name of ["gemeente", "provincie"])
      expect(feature(subset, subset.objects[name])).toEqual(feature(full, full.objects[name]));
    expect(mesh(subset, subset.objects.provincie as never)).toEqual(mesh(full, full.objects.provincie as never));
    // Every gemeente border is a buurt border, but most buurt borders are not gemeente borders.
    expect(subset.arcs.length).toBeLessThan(full.arcs.length / 3);
    expect(subset.transform).toEqual(full.transform);
  });

  it("renumbers reversed arcs (~i) as well as forward ones", () => {
    const tiny = {
      type: "Topology",
      arcs: [
        [
          [0, 0],
          [1, 0],
        ],
        [
          [1, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [0, 0],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ],
      objects: {
        a: {type: "GeometryCollection", geometries: [{type: "LineString", arcs: [3]}]},
        b: {type: "GeometryCollection", geometries: [{type: "Polygon", id: "x", arcs: [[~2, ~1, ~0]]}]},
      },
    } as unknown as Topology;
    const subset = topologySubset(tiny, ["b"]);
    // Arcs 0, 1, 2 are kept in order; ~2 stays ~2 (= -3) because nothing before it was dropped.
    expect(subset.arcs).toEqual(tiny.arcs.slice(0, 3));
    expect(feature(subset, subset.objects.b)).toEqual(feature(tiny, tiny.objects.b));
    const onlyA = topologySubset(tiny, ["a"]);
    expect(onlyA.arcs).toEqual([
      [
        [5, 5],
        [6, 6],
      ],
    ]);
    expect((onlyA.objects.a as any).geometries[0].arcs).toEqual([0]);
  });

  it("names a missing object and the ones present", () => {
    expect(() => topologySubset(full, ["corop"])).toThrow(
      /object "corop" missing .*present: buurt, wijk, gemeente, provincie/,
    );
  });
});
