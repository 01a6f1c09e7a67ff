// The correlation per region on a gemeente map: four unit squares as gemeenten, three of them in
// the selection, in two COROP-gebieden.
import {describe, expect, it} from "vitest";
import {rankRegions, regionLayout} from "../../../src/lib/ongelijkheid/regions.js";

const square = (x: number): [number, number][] => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];
const topology = {
  type: "Topology",
  arcs: [square(0), square(1), square(2), square(3)],
  objects: {
    gemeente: {
      type: "GeometryCollection",
      geometries: ["GM1", "GM2", "GM3", "GM4"].map((id, i) => ({
        type: "Polygon",
        id,
        arcs: [[i]],
        properties: {name: id},
      })),
    },
  },
};
const pairs = [
  {gemeente_code: "GM1", corop_code: "CR1", corop_name: "Noord", provincie_code: "PV1", provincie_name: "Land"},
  {gemeente_code: "GM1", corop_code: "CR1", corop_name: "Noord", provincie_code: "PV1", provincie_name: "Land"},
  {gemeente_code: "GM2", corop_code: "CR1", corop_name: "Noord", provincie_code: "PV1", provincie_name: "Land"},
  {gemeente_code: "GM3", corop_code: "CR2", corop_name: "Zuid", provincie_code: "PV1", provincie_name: "Land"},
];

describe("regionLayout", () => {
  it("maps every gemeente of the selection to its region and keeps only their shapes", () => {
    const layout = regionLayout(pairs, topology, "corop");
    expect(layout.field).toBe("corop_code");
    expect([...layout.names]).toEqual([
      ["CR1", "Noord"],
      ["CR2", "Zuid"],
    ]);
    expect([...layout.gemeenteRegion]).toEqual([
      ["GM1", "CR1"],
      ["GM2", "CR1"],
      ["GM3", "CR2"],
    ]);
    expect(layout.features.map((f: any) => f.id)).toEqual(["GM1", "GM2", "GM3"]);
    expect([...regionLayout(pairs, topology, "provincie").gemeenteRegion.values()]).toEqual(["PV1", "PV1", "PV1"]);
    expect(() => regionLayout(pairs, topology, "wijk")).toThrow(/regio-indeling/);
  });
});

describe("rankRegions", () => {
  const layout = regionLayout(pairs, topology, "corop");

  it("names and ranks the regions, strongest first, and colours each gemeente by its region", () => {
    const {rows, features} = rankRegions(
      [
        {group: "CR2", r: 0.3},
        {group: "CR1", r: 0.8},
      ],
      layout,
    );
    expect(rows.map((d) => [d.group, d.label, d.r])).toEqual([
      ["CR1", "Noord", 0.8],
      ["CR2", "Zuid", 0.3],
    ]);
    expect(features.map((f: any) => [f.id, f.value, f.name])).toEqual([
      ["GM1", 0.8, "Noord"],
      ["GM2", 0.8, "Noord"],
      ["GM3", 0.3, "Zuid"],
    ]);
  });

  it("leaves a gemeente without value when its region had too few areas", () => {
    const {features} = rankRegions([{group: "CR1", r: 0.8}], layout);
    expect(features.map((f: any) => f.value)).toEqual([0.8, 0.8, null]);
  });
});
