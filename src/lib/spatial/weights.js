// Spatial weights in compressed sparse rows: neighbours of i are neighbors[offsets[i] .. offsets[i+1]).
// Typed arrays, so a weights object can be handed to a worker without copying.

/** Weights from neighbour lists (arrays of indices), row-standardised (each row sums to 1). */
export function fromNeighbourLists(lists) {
  const n = lists.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; ++i) offsets[i + 1] = offsets[i] + lists[i].length;
  const neighbors = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let i = 0; i < n; ++i) {
    const list = [...lists[i]].sort((a, b) => a - b);
    list.forEach((j, k) => {
      neighbors[offsets[i] + k] = j;
      weights[offsets[i] + k] = 1 / list.length;
    });
  }
  return {n, offsets, neighbors, weights};
}

/** The same neighbours with binary (1) weights, for the classic global Moran's I with S0 = number of links. */
export function binary({n, offsets, neighbors}) {
  return {n, offsets, neighbors, weights: new Float64Array(neighbors.length).fill(1)};
}

/** Neighbour counts: mean, minimum, maximum and how many areas have none (islands). */
export function weightsSummary({n, offsets}) {
  let min = Infinity,
    max = 0,
    islands = 0;
  for (let i = 0; i < n; ++i) {
    const k = offsets[i + 1] - offsets[i];
    ((min = Math.min(min, k)), (max = Math.max(max, k)));
    if (k === 0) ++islands;
  }
  return {n, links: offsets[n], mean: n ? offsets[n] / n : NaN, min: n ? min : NaN, max, islands};
}

/** Keeps only the areas where keep[i] is true, renumbering them 0..m-1 (e.g. buurten without SES dropped). */
export function subsetLists(lists, keep) {
  const index = new Int32Array(lists.length).fill(-1);
  let m = 0;
  for (let i = 0; i < lists.length; ++i) if (keep[i]) index[i] = m++;
  const result = [];
  for (let i = 0; i < lists.length; ++i) {
    if (!keep[i]) continue;
    result.push(lists[i].filter((j) => index[j] >= 0).map((j) => index[j]));
  }
  return result;
}
