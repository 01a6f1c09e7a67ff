// From the page's area rows to LISA input (values and spatial weights) and from the worker's
// result back to a cluster per area.
import {adjustPValues} from "../stats/fdr.js";
import {clusterType} from "../stats/local-moran.js";
import {contiguityLists} from "./contiguity.js";
import {knnLists, projectKm} from "./knn.js";
import {fromNeighbourLists, subsetLists, weightsSummary} from "./weights.js";

const contiguityCache = new WeakMap();

// Contiguity over every geometry of the object, computed once per topology, object and rule.
function allContiguity(topology, object, rule) {
  let byKey = contiguityCache.get(topology);
  if (!byKey) contiguityCache.set(topology, (byKey = new Map()));
  const key = `${object}:${rule}`;
  if (!byKey.has(key)) {
    const codes = topology.objects[object].geometries.map((g) => String(g.id));
    const {lists} = contiguityLists(topology, object, codes, {rule});
    byKey.set(key, {codes, index: new Map(codes.map((c, i) => [c, i])), lists});
  }
  return byKey.get(key);
}

/**
 * Values and weights for the LISA. mode "bivariate": x = SES of the area, y = LBM around it;
 * mode "indicator": x = y = 1 for a low–low area (SES below sesCut and LBM class ≤ maxLbmClass), else 0.
 * Areas lacking a value, a centroid (kNN) or a geometry (contiguity) are left out and counted.
 */
export function lisaInput(rows, {mode = "bivariate", sesMeasure = "ses_total", lbmMeasure = "lbm", sesCut, maxLbmClass, weights = "knn", k = 6, topology, object = "buurt"}) {
  const usable = rows.filter((d) => d[sesMeasure] != null && d[lbmMeasure] != null && (mode !== "indicator" || d.lbm_class != null));
  let kept = usable, lists;
  if (weights === "knn") {
    kept = usable.filter((d) => d.centroid_lon != null && d.centroid_lat != null);
    const {x, y} = projectKm(kept.map((d) => d.centroid_lon), kept.map((d) => d.centroid_lat));
    lists = knnLists(x, y, k);
  } else {
    const all = allContiguity(topology, object, weights);
    kept = usable.filter((d) => all.index.has(d.code));
    const keep = new Uint8Array(all.codes.length);
    const position = new Int32Array(all.codes.length).fill(-1);
    kept.forEach((d, i) => {
      const g = all.index.get(d.code);
      keep[g] = 1;
      position[g] = i;
    });
    // subsetLists renumbers in geometry order; map back to the order of `kept`.
    const order = [];
    for (let g = 0; g < all.codes.length; ++g) if (keep[g]) order.push(position[g]);
    const sub = subsetLists(all.lists, keep);
    lists = new Array(kept.length);
    sub.forEach((list, m) => (lists[order[m]] = list.map((j) => order[j])));
  }
  const w = fromNeighbourLists(lists);
  const lowLow = (d) => (d[sesMeasure] < sesCut && d.lbm_class <= maxLbmClass ? 1 : 0);
  const x = Float64Array.from(kept, mode === "indicator" ? lowLow : (d) => d[sesMeasure]);
  const y = mode === "indicator" ? Float64Array.from(x) : Float64Array.from(kept, (d) => d[lbmMeasure]);
  return {rows: kept, x, y, weights: w, summary: weightsSummary(w), dropped: rows.length - kept.length};
}

/**
 * Cluster per area from the worker's result: {code, name, gemeente_name, I, p, q, quadrant, cluster}
 * with q the p-value after the chosen correction ("none", "fdr", "bonferroni") and cluster an
 * index into CLUSTER_TYPES.
 */
export function lisaClusters(input, result, {alpha = 0.05, correction = "none"} = {}) {
  const p = Array.from(result.p, (v) => (Number.isNaN(v) ? null : v));
  const q = adjustPValues(p, correction);
  return input.rows.map((d, i) => ({
    code: d.code,
    name: d.name,
    gemeente_code: d.gemeente_code,
    gemeente_name: d.gemeente_name,
    I: result.I[i],
    p: p[i],
    q: q[i],
    quadrant: result.quadrant[i],
    cluster: clusterType(result.quadrant[i], q[i], alpha),
  }));
}
