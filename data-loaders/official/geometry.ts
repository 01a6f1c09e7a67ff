/**
 * PDOK boundaries (GeoJSON from WFS, paged in ./wfs.ts) → one feature per code (parts that share a
 * code, such as a buurt's land and water, dissolved into one MultiPolygon) → WGS84 lon/lat with
 * d3-geo winding → simplified TopoJSON with objects buurt, wijk, gemeente, provincie (feature id =
 * code, properties {name}).
 */
import {geoArea, geoCentroid} from "d3-geo";
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from "geojson";
import polygonClipping from "polygon-clipping";
import proj4 from "proj4";
import {topology} from "topojson-server";
import {presimplify, quantile, simplify} from "topojson-simplify";
import type {Objects, Topology} from "topojson-specification";
import {matchesRule, trimmed} from "./columns.ts";
import {fail} from "./errors.ts";
import type {FetchContext} from "./fetch.ts";
import {expandUrl, type GeometrySource} from "./registry.ts";
import {readLayer} from "./wfs.ts";

proj4.defs(
  "EPSG:28992",
  "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs",
);

export type Layer = keyof GeometrySource["layers"];
export const LAYERS: Layer[] = ["buurt", "wijk", "gemeente", "provincie"];
type Area = Feature<Polygon | MultiPolygon, {name: string}>;

export interface Boundaries {
  features: Record<Layer, Area[]>;
  files: {layer: Layer; url: string; retrieved: string}[];
}

function crsOf(
  collection: FeatureCollection & {crs?: {properties?: {name?: string}}},
  fallback: string,
): string | null {
  const name = collection.crs?.properties?.name ?? "";
  const epsg = /EPSG:+(\d+)/i.exec(name)?.[1];
  if (epsg && epsg !== "4326") return `EPSG:${epsg}`;
  if (name) return null;
  const first = (
    collection.features.find((f) => f.geometry)?.geometry as Polygon | MultiPolygon | undefined
  )?.coordinates.flat(2)[0] as Position | undefined;
  return first && (Math.abs(first[0]) > 180 || Math.abs(first[1]) > 90) ? fallback : null;
}

/** d3 fills the smaller side of a ring that runs clockwise; a polygon covering more than half the sphere was wound the other way. */
function d3Polygon(rings: Position[][]): Position[][] {
  return geoArea({type: "Polygon", coordinates: rings}) > 2 * Math.PI
    ? rings.map((ring) => ring.slice().reverse())
    : rings;
}

function normalise(
  geometry: Polygon | MultiPolygon,
  project: ((p: Position) => Position) | null,
): Polygon | MultiPolygon {
  const ring = (r: Position[]) => (project ? r.map(project) : r.map((p) => [p[0], p[1]]));
  if (geometry.type === "Polygon") return {type: "Polygon", coordinates: d3Polygon(geometry.coordinates.map(ring))};
  return {type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => d3Polygon(polygon.map(ring)))};
}

/** Parts that share a code become one area: their union, so the shared edge goes and the centroid is the whole area's. */
export function dissolve(parts: (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
  if (parts.length === 1) return parts[0];
  const [first, ...rest] = parts.map((p) => p.coordinates as polygonClipping.Geom);
  return {type: "MultiPolygon", coordinates: polygonClipping.union(first, ...rest)};
}

export async function readBoundaries(
  source: GeometrySource,
  hosts: Record<string, string>,
  ctx: FetchContext,
): Promise<Boundaries> {
  const features = {} as Record<Layer, Area[]>;
  const files: Boundaries["files"] = [];
  for (const layer of LAYERS) {
    const spec = source.layers[layer];
    const url = expandUrl(spec.url, hosts);
    const {collection, file, retrieved} = await readLayer(layer, url, source.pageSize, ctx);
    files.push({layer, url, retrieved});
    if (!collection.features.length) fail({file, message: "the FeatureCollection has no features"});
    const properties = Object.keys(collection.features[0].properties ?? {}).map((k) => ({key: k, title: k}));
    const pick = (rule: GeometrySource["layers"][Layer]["code"], name: string) =>
      properties.find((p) => matchesRule(p, rule))?.key ??
      fail({
        file,
        column: name,
        message: `no property matches ${JSON.stringify(rule)}; properties found: ${properties.map((p) => p.key).join(", ")}`,
      });
    const codeKey = pick(spec.code, "code");
    const nameKey = pick(spec.name, "name");
    const crs = crsOf(collection, source.defaultCrs);
    let project: ((p: Position) => Position) | null = null;
    if (crs) {
      try {
        const converter = proj4(crs, "WGS84");
        project = (p) => converter.forward([p[0], p[1]]);
      } catch {
        fail({
          file,
          column: "crs",
          value: crs,
          message: "is a coordinate system this pipeline cannot reproject; serve EPSG:28992 or lon/lat",
        });
      }
    }
    const parts = new Map<string, {name: string; geometries: (Polygon | MultiPolygon)[]}>();
    collection.features.forEach((f, i) => {
      const code = trimmed(f.properties?.[codeKey]);
      if (!f.geometry || (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon"))
        fail({
          file,
          column: "geometry",
          row: i,
          value: f.geometry?.type ?? null,
          message: `feature ${code} is not a (multi)polygon`,
        });
      const area = parts.get(code) ?? {name: "", geometries: []};
      area.name ||= trimmed(f.properties?.[nameKey]);
      area.geometries.push(f.geometry as Polygon | MultiPolygon);
      parts.set(code, area);
    });
    features[layer] = [...parts].map(([code, area]) => ({
      type: "Feature",
      id: code,
      properties: {name: area.name || code},
      geometry: normalise(dissolve(area.geometries), project),
    }));
  }
  return {features, files};
}

export function centroidsOf(boundaries: Boundaries): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const layer of LAYERS)
    for (const f of boundaries.features[layer]) out.set(String(f.id), geoCentroid(f) as [number, number]);
  return out;
}

export function toTopology(features: Record<Layer, Area[]>, source: GeometrySource): Topology {
  const collections = Object.fromEntries(
    LAYERS.map((layer) => [layer, {type: "FeatureCollection", features: features[layer]} as FeatureCollection]),
  );
  const topo = topology(collections, source.quantization) as unknown as Topology<Objects<{}>>;
  if (source.simplifyQuantile <= 0) return topo;
  const weighted = presimplify(topo);
  return simplify(weighted, quantile(weighted, source.simplifyQuantile)) as Topology;
}
