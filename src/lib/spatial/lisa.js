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
 * The areas that take part (SES total and LBM present, and a centroid for kNN or a geometry for
 * contiguity) and their spatial weights. Kept apart from the values, so that a change of
 * cut-off or variant does not rebuild the weights.
 */
export function lisaNeighbours(
  rows,
  {sesMeasure = "ses_total", lbmMeasure = "lbm", weights = "knn", k = 6, topology, object = "buurt"},
) {
  const usable = rows.filter((d) => d[sesMeasure] != null && d[lbmMeasure] != null);
  let kept, lists;
  if (weights === "knn") {
    kept = usable.filter((d) => d.centroid_lon != null && d.centroid_lat != null);
    const {x, y} = projectKm(
      kept.map((d) => d.centroid_lon),
      kept.map((d) => d.centroid_lat),
    );
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
    lists = new Array(kept.length);
    subsetLists(all.lists, keep).forEach((list, m) => (lists[order[m]] = list.map((j) => order[j])));
  }
  const w = fromNeighbourLists(lists);
  return {
    rows: kept,
    weights: w,
    summary: weightsSummary(w),
    dropped: rows.length - kept.length,
    sesMeasure,
    lbmMeasure,
  };
}

/**
 * The LISA variables. mode "bivariate": x = SES of the area, y = LBM around it; mode "indicator":
 * x = y = 1 for a low–low area (SES below sesCut and LBM class ≤ maxLbmClass), else 0.
 * @param {{rows: any[], sesMeasure: string, lbmMeasure: string}} data
 * @param {{mode?: string, sesCut?: number, maxLbmClass?: number}} [options]
 */
export function lisaValues({rows, sesMeasure, lbmMeasure}, {mode = "bivariate", sesCut, maxLbmClass} = {}) {
  if (mode === "indicator") {
    const x = Float64Array.from(rows, (d) =>
      d[sesMeasure] < sesCut && d.lbm_class != null && d.lbm_class <= maxLbmClass ? 1 : 0,
    );
    return {x, y: x.slice()};
  }
  if (mode !== "bivariate") throw new Error(`Onbekende LISA-variant ${JSON.stringify(mode)}`);
  return {x: Float64Array.from(rows, (d) => d[sesMeasure]), y: Float64Array.from(rows, (d) => d[lbmMeasure])};
}

/** Neighbours and values in one go: {rows, weights, summary, dropped, x, y}. */
export function lisaInput(rows, options) {
  const neighbours = lisaNeighbours(rows, options);
  return {...neighbours, ...lisaValues(neighbours, options)};
}

/**
 * Cluster per area from the worker's result: {code, name, gemeente_name, I, p, q, quadrant, cluster}
 * with q the p-value after the chosen correction ("none", "fdr", "bonferroni") and cluster an
 * index into CLUSTER_TYPES. With `only`, just the areas marked 1 (the selection): the family of
 * tests the correction counts is the areas shown.
 * @param {{rows: any[]}} input
 * @param {{p: ArrayLike<number>, I: ArrayLike<number>, quadrant: ArrayLike<number>}} result
 * @param {{alpha?: number, correction?: string, only?: Uint8Array | null}} [options]
 */
export function lisaClusters(input, result, {alpha = 0.05, correction = "none", only = null} = {}) {
  const keep = input.rows.map((_, i) => i).filter((i) => !only || only[i]);
  const p = keep.map((i) => (Number.isNaN(result.p[i]) ? null : result.p[i]));
  const adjusted = adjustPValues(p, correction);
  const q = new Array(input.rows.length).fill(null);
  keep.forEach((i, j) => (q[i] = adjusted[j]));
  return keep.map((i) => ({
    code: input.rows[i].code,
    name: input.rows[i].name,
    gemeente_code: input.rows[i].gemeente_code,
    gemeente_name: input.rows[i].gemeente_name,
    I: result.I[i],
    p: Number.isNaN(result.p[i]) ? null : result.p[i],
    q: q[i],
    quadrant: result.quadrant[i],
    cluster: clusterType(result.quadrant[i], q[i], alpha),
  }));
}
