// The correlation per region (COROP-gebied, provincie or gemeente), shown on a gemeente map: each
// gemeente takes the colour of its region.
import {featuresOf, joinValues} from "../geo.js";
import {shrinkCorrelations} from "../stats/shrinkage.js";

const REGION_CODE_FIELDS = Object.freeze({corop: "corop_code", provincie: "provincie_code", gemeente: "gemeente_code"});

/**
 * What does not depend on the measures: the pairs' field with the region code, the region names,
 * the region of every gemeente in the selection and those gemeenten's shapes.
 * @param {any[]} pairs the rows of sesPairs
 * @param {any} topology the site's TopoJSON
 * @param {string} grouping "corop", "provincie" or "gemeente"
 * @returns {{field: string, names: Map<string, string>, gemeenteRegion: Map<string, string>, features: any[]}}
 */
export function regionLayout(pairs, topology, grouping) {
  const field = REGION_CODE_FIELDS[grouping];
  if (!field) throw new Error(`Onbekende regio-indeling ${JSON.stringify(grouping)}`);
  const nameField = field.replace("_code", "_name");
  const names = new Map(pairs.map((d) => [d[field], d[nameField]]));
  const gemeenteRegion = new Map(pairs.map((d) => [d.gemeente_code, d[field]]));
  const features = featuresOf(topology, "gemeente").filter((f) => gemeenteRegion.has(f.id));
  return {field, names, gemeenteRegion, features};
}

/**
 * The region correlations named and ranked, and the gemeente features with the r of their region
 * as value (null for a region with too few areas), for a choropleth. The ranking is by the
 * correlation shrunk towards the mean of all regions (stats/shrinkage.js): a small region's
 * lucky extreme does not top the list. Rows gain shrunk, shrunkLower, shrunkUpper, factor.
 * @param {{group: string, r: number, n?: number}[]} correlations correlator.groups over splitCases(cases, layout.field)
 * @param {ReturnType<typeof regionLayout>} layout
 */
export function rankRegions(correlations, {names, gemeenteRegion, features}) {
  const key = (d) => d.shrunk ?? d.r;
  const rows = shrinkCorrelations(correlations.map((d) => ({...d, label: names.get(d.group) ?? d.group}))).rows.sort(
    (a, b) => key(b) - key(a),
  );
  const byRegion = new Map(rows.map((d) => [d.group, d]));
  const values = [...gemeenteRegion].map(([code, group]) => ({
    code,
    value: byRegion.get(group)?.r ?? null,
    name: `${names.get(group) ?? group}`,
  }));
  return {rows, features: joinValues(features, values)};
}
