import {describe, expect, it} from "vitest";
import {topology} from "topojson-server";
import type {Topology} from "topojson-specification";
import {describeMap, featuresOf, joinValues, meshOf, summarize} from "../../src/lib/geo.js";

const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
const collection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      id: "GM0001",
      properties: {name: "Aastad"},
      geometry: {type: "Polygon", coordinates: square(5, 52)},
    },
    {
      type: "Feature",
      id: "GM0002",
      properties: {name: "Berkdorp"},
      geometry: {type: "Polygon", coordinates: square(6, 52)},
    },
    {type: "Feature", id: "GM0003", properties: {}, geometry: {type: "Polygon", coordinates: square(5, 53)}},
  ],
};
const topo = topology({gemeente: collection} as never) as unknown as Topology;

describe("featuresOf / meshOf", () => {
  it("converts a TopoJSON object to features with the area code as id", () => {
    const features = featuresOf(topo, "gemeente");
    expect(features.map((f: {id: string}) => f.id)).toEqual(["GM0001", "GM0002", "GM0003"]);
    expect(features[0].geometry.type).toBe("Polygon");
  });

  it("caches per topology and object", () => {
    expect(featuresOf(topo, "gemeente")).toBe(featuresOf(topo, "gemeente"));
    expect(meshOf(topo, "gemeente")).toBe(meshOf(topo, "gemeente"));
  });

  it("names the missing object and the ones present", () => {
    expect(() => featuresOf(topo, "buurt")).toThrow(/"buurt" ontbreekt \(aanwezig: gemeente\)/);
  });

  it("draws each shared border once", () => {
    const inner = meshOf(topo, "gemeente", (a: unknown, b: unknown) => a !== b);
    expect(inner.type).toBe("MultiLineString");
    expect(inner.coordinates.length).toBeGreaterThan(0);
  });
});

describe("joinValues", () => {
  const features = featuresOf(topo, "gemeente");
  it("joins rows by code and keeps unmatched features with a null value", () => {
    const joined = joinValues(
      features,
      [
        {code: "GM0001", name: "Aastad", lbm: 4.2},
        {code: "GM0003", name: "Ceder", lbm: null},
        {code: "GM9999", lbm: 1},
      ],
      {value: "lbm"},
    );
    expect(joined.map((d: {value: unknown}) => d.value)).toEqual([4.2, null, null]);
    expect(joined.map((d: {name: unknown}) => d.name)).toEqual(["Aastad", "Berkdorp", "Ceder"]);
    expect(joined[1].row).toBeNull();
    expect(joined[0].geometry).toBe(features[0].geometry);
  });

  it("takes a function as value and turns NaN into null", () => {
    const joined = joinValues(
      features,
      [
        {code: "GM0001", a: 1, b: 2},
        {code: "GM0002", a: NaN, b: 0},
      ],
      {value: (r: {a: number; b: number}) => r.a + r.b},
    );
    expect(joined.map((d: {value: unknown}) => d.value)).toEqual([3, null, null]);
  });
});

describe("summarize / describeMap", () => {
  it("counts missing values and finds the range", () => {
    const s = summarize([{value: 3}, {value: null}, {value: -1}, {value: NaN}, {value: 10}]);
    expect(s).toEqual({count: 5, missing: 2, min: -1, max: 10, numeric: true});
    expect(describeMap(s, {label: "LBM-score"})).toBe(
      "Kaart van 5 gebieden; LBM-score van -1 tot 10; 2 zonder gegevens (gearceerd).",
    );
  });

  it("describes categorical and empty maps without a range", () => {
    const s = summarize([{value: "stijger"}, {value: "daler"}]);
    expect(s.numeric).toBe(false);
    expect(describeMap(s, {noun: "buurten"})).toBe("Kaart van 2 buurten.");
    expect(describeMap(summarize([{value: null}]))).toBe("Kaart van 1 gebieden; 1 zonder gegevens (gearceerd).");
  });

  it("formats large counts the Dutch way", () => {
    const s = {count: 13000, missing: 1200, min: 3.123, max: 4.9, numeric: true};
    expect(describeMap(s, {format: (x: number) => x.toFixed(2).replace(".", ",")})).toBe(
      "Kaart van 13.000 gebieden; waarde van 3,12 tot 4,90; 1.200 zonder gegevens (gearceerd).",
    );
  });
});
