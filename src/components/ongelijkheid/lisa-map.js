import {featuresOf, joinValues, meshOf} from "../../lib/geo.js";
import {LISA_CORRECTION_PHRASES, formatAlpha} from "../../lib/ongelijkheid/labels.js";
import {countClusters} from "../../lib/ongelijkheid/lisa-clusters.js";
import {choropleth} from "../choropleth.js";

/** Cluster colours in GeoDa's convention, "niet significant" light grey. */
export const LISA_COLORS = ["#e8e8e8", "#d7191c", "#2c7bb6", "#fdae61", "#abd9e9", "#999999"];

/**
 * A map of LISA cluster types: features from joinValues with value = the cluster label;
 * labels: the cluster type names in the order of LISA_COLORS (they depend on the LISA variant).
 */
export function lisaMap(features, {labels, ...options} = {}) {
  return choropleth(features, {
    color: {type: "categorical", domain: labels, range: LISA_COLORS},
    label: "Clustertype",
    format: String,
    ...options,
  });
}

/**
 * The map of a LISA result (#lisa-map; data-low-low: the number of areas in a low–low cluster),
 * with the gemeente borders and the count of every cluster type in its caption.
 * @param {{code: string, name: string, cluster: number}[]} clusters lisaClusters
 * @param {{topology: any, level: string, labels: readonly string[], lowLow: number, alpha: number, correction: string, noun: string}} view
 *   labels: lisaClusterLabels; lowLow: lowLowCluster
 */
export function lisaClusterMap(clusters, {topology, level, labels, lowLow, alpha, correction, noun}) {
  const counts = countClusters(clusters, labels);
  const features = joinValues(
    featuresOf(topology, level),
    clusters.map((d) => ({code: d.code, name: d.name, value: labels[d.cluster]})),
  );
  const map = lisaMap(features, {
    labels,
    noun,
    borders: meshOf(topology, "gemeente"),
    caption: `Clustertypen bij significantieniveau ${formatAlpha(alpha)} (${LISA_CORRECTION_PHRASES[correction]}). ${counts.map((d) => `${d.label}: ${d.n}`).join(", ")}.`,
  });
  map.id = "lisa-map";
  map.dataset.lowLow = String(counts[lowLow].n);
  return map;
}
