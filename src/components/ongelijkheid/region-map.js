import {meshOf} from "../../lib/geo.js";
import {formatDecimal} from "../../lib/format.js";
import {REGION_KIND_NOUNS} from "../../lib/labels.js";
import {choropleth} from "../choropleth.js";

/**
 * The gemeenten coloured by the correlation in their region (#ses-region-map); features:
 * rankRegions(…).features. Regions with fewer than minGroup areas are hatched as missing.
 * @param {any[]} features
 * @param {{topology: any, grouping: string, minGroup: number, noun: string}} view
 */
export function regionCorrelationMap(features, {topology, grouping, minGroup, noun}) {
  const map = choropleth(features, {
    label: `r per ${REGION_KIND_NOUNS[grouping]}`,
    color: {scheme: "purples", domain: [0, 1]},
    format: (x) => formatDecimal(x, 2),
    borders: grouping === "gemeente" ? undefined : meshOf(topology, "provincie"),
    noun: "gemeenten",
    caption: `Elke gemeente heeft de kleur van de correlatie in haar ${REGION_KIND_NOUNS[grouping]}; gearceerd: minder dan ${minGroup} ${noun}.`,
  });
  map.id = "ses-region-map";
  return map;
}
