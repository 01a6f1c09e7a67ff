// With one gemeente chosen, Home maps its own buurten (or wijken) by class instead of one shape.
import {choropleth} from "../choropleth.js";
import {joinValues} from "../../lib/geo.js";
import {classLabel, levelNoun} from "../../lib/labels.js";
import {LBM_CLASSES} from "../../lib/registry.js";
import {CLASS_COLORS} from "./class-chart.js";

/**
 * @param {any[]} features the features of the level (featuresOf(topology, level))
 * @param {any[]} rows areasOfGemeente rows: code, name, lbm_class
 * @param {{level: string, year: number, gemeenteName: string, id?: string}} options
 */
export function gemeenteMap(features, rows, {level, year, gemeenteName, id = "home-map", ...options}) {
  const codes = new Set(rows.map((r) => r.code));
  const shown = features.filter((f) => codes.has(f.id));
  const map = choropleth(
    joinValues(shown, rows, {value: (r) => (r.lbm_class == null ? null : classLabel(r.lbm_class))}),
    {
      label: "Klasse",
      title: `Klasse van de ${levelNoun(level)} van ${gemeenteName}, ${year}`,
      color: {type: "ordinal", domain: LBM_CLASSES.map((c) => c.label), range: CLASS_COLORS, legend: true},
      noun: levelNoun(level),
      ...options,
    },
  );
  map.id = id;
  map.dataset.areas = String(shown.length);
  map.dataset.level = level;
  return map;
}
