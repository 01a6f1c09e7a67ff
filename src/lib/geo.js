// TopoJSON → GeoJSON for the maps, and the numbers behind a map's text alternative.
import {feature, mesh} from "topojson-client";
import {objectMemo} from "./memo.js";

// Converting ~13,000 buurten takes tens of milliseconds; a control change must not repeat it.
const featureMemo = objectMemo();
const meshMemo = objectMemo();

function object(topology, name) {
  const o = topology?.objects?.[name];
  if (!o) {
    const known = Object.keys(topology?.objects ?? {}).join(", ") || "geen";
    throw new Error(`TopoJSON-object "${name}" ontbreekt (aanwezig: ${known})`);
  }
  return o;
}

/** The GeoJSON features of a TopoJSON object (buurt, wijk, gemeente, provincie); id = area code. */
export function featuresOf(topology, name) {
  return featureMemo(topology, name, () => {
    const geo = /** @type {any} */ (feature(topology, object(topology, name)));
    return Object.freeze(geo.type === "FeatureCollection" ? geo.features : [geo]);
  });
}

/** Boundary lines of a TopoJSON object, each shared border once (for outlines over a map). */
export function meshOf(topology, name, filter) {
  if (filter) return mesh(topology, object(topology, name), filter);
  return meshMemo(topology, name, () => mesh(topology, object(topology, name)));
}

/**
 * Features with data: each gets `value` (a column name or a function of the row), the `row`
 * and a `name`. Features without a row keep value null, so the map can show them as missing.
 * @param {any[]} features
 * @param {Iterable<any> | null | undefined} rows
 * @param {{key?: string, value?: string | ((row: any) => any)}} [options]
 */
export function joinValues(features, rows, {key = "code", value = "value"} = {}) {
  const valueOf = typeof value === "function" ? value : (row) => row[value];
  const byKey = new Map();
  for (const row of rows ?? []) byKey.set(row[key], row);
  return features.map((f) => {
    const row = byKey.get(f.id) ?? null;
    const v = row == null ? null : valueOf(row);
    return {
      type: "Feature",
      id: f.id,
      geometry: f.geometry,
      properties: f.properties,
      row,
      name: row?.name ?? f.properties?.name ?? f.id,
      value: v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : v,
    };
  });
}

const isMissing = (v) => v == null || (typeof v === "number" && Number.isNaN(v));

/**
 * {count, missing, min, max, numeric} of a value over features (min/max only for numbers).
 * @param {any[]} features
 * @param {(d: any, i: number) => any} [value]
 */
export function summarize(features, value = (d) => d.value) {
  let missing = 0;
  let numeric = true;
  let min;
  let max;
  features.forEach((d, i) => {
    const v = value(d, i);
    if (isMissing(v)) return ++missing;
    if (typeof v !== "number") return (numeric = false);
    if (min === undefined || v < min) min = v;
    if (max === undefined || v > max) max = v;
  });
  const present = features.length - missing;
  numeric &&= present > 0;
  return {count: features.length, missing, min: numeric ? min : undefined, max: numeric ? max : undefined, numeric};
}

const integer = new Intl.NumberFormat("nl-NL");

/**
 * A Dutch sentence describing a map, for figcaptions and screen readers.
 * @param {{count: number, missing: number, min?: any, max?: any, numeric: boolean}} summary
 * @param {{label?: string, format?: (x: any) => string, noun?: string}} [options]
 */
export function describeMap(
  {count, missing, min, max, numeric},
  {label = "waarde", format = (x) => x.toLocaleString("nl-NL"), noun = "gebieden"} = {},
) {
  const parts = [`Kaart van ${integer.format(count)} ${noun}`];
  if (numeric && count - missing > 0) parts.push(`${label} van ${format(min)} tot ${format(max)}`);
  if (missing > 0) parts.push(`${integer.format(missing)} zonder gegevens (gearceerd)`);
  return `${parts.join("; ")}.`;
}
