import {choropleth} from "../choropleth.js";
import {formatPercent} from "../../lib/format.js";
import {joinValues} from "../../lib/geo.js";
import {levelNoun} from "../../lib/labels.js";

/**
 * Per gemeente, the share of its areas below voldoende. features: the gemeente features;
 * shares: insufficientShares rows (lib/home/overview.js). Gemeenten outside the selection are left out.
 */
export function insufficientMap(features, shares, {level = "buurt", year, id = "home-map", ...options} = {}) {
  const inSelection = new Set(shares.map((d) => d.code));
  const map = choropleth(
    joinValues(
      features.filter((f) => inSelection.has(f.id)),
      shares,
      {value: "share"},
    ),
    {
      label: `Aandeel ${levelNoun(level)} onder voldoende`,
      title: `Aandeel gebieden onder voldoende per gemeente, ${year}`,
      format: (x) => formatPercent(x),
      color: {scheme: "orrd", domain: [0, Math.max(0.05, ...shares.map((d) => d.share))]},
      noun: "gemeenten",
      ...options,
    },
  );
  map.id = id;
  return map;
}
