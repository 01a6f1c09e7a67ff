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
