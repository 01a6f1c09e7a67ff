// k nearest neighbours from centroids (lon/lat in degrees), with a uniform grid index so that
// 13,000 buurten take milliseconds rather than the n² of a brute-force search.

const KM_PER_DEG_LAT = 110.574;

/** Planar km coordinates by an equirectangular projection around the mean latitude (fine at national scale). */
export function projectKm(lons, lats) {
  const n = lons.length;
  let lat0 = 0;
  for (let i = 0; i < n; ++i) lat0 += lats[i];
  lat0 /= n || 1;
  const kx = KM_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  return {x: Float64Array.from(lons, (d) => d * kx), y: Float64Array.from(lats, (d) => d * KM_PER_DEG_LAT)};
}

/**
 * Lists of the k nearest other points of each point (ties broken by index, so the result is deterministic).
 * Not symmetric: j may be among i's neighbours without i among j's, as in GeoDa and PySAL.
 */
export function knnLists(x, y, k) {
  const n = x.length;
  if (n < 2) return Array.from({length: n}, () => []);
  k = Math.min(k, n - 1);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < n; ++i) {
    ((x0 = Math.min(x0, x[i])), (x1 = Math.max(x1, x[i])));
    ((y0 = Math.min(y0, y[i])), (y1 = Math.max(y1, y[i])));
  }
  // About two points per cell.
  const side = Math.max(Math.sqrt(((x1 - x0) * (y1 - y0) || 1) / (n / 2)), 1e-9);
  const cols = Math.max(1, Math.ceil((x1 - x0) / side) + 1),
    rows = Math.max(1, Math.ceil((y1 - y0) / side) + 1);
  const cellOf = (i) => Math.floor((y[i] - y0) / side) * cols + Math.floor((x[i] - x0) / side);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; ++i) ++start[cellOf(i) + 1];
  for (let c = 0; c < cols * rows; ++c) start[c + 1] += start[c];
  const fill = start.slice(0, -1);
  const members = new Int32Array(n);
  for (let i = 0; i < n; ++i) members[fill[cellOf(i)]++] = i;

  const lists = new Array(n);
  const bestD = new Float64Array(k),
    bestJ = new Int32Array(k);
  for (let i = 0; i < n; ++i) {
    const cx = Math.floor((x[i] - x0) / side),
      cy = Math.floor((y[i] - y0) / side);
    let found = 0;
    const consider = (j) => {
      if (j === i) return;
      const d = (x[j] - x[i]) ** 2 + (y[j] - y[i]) ** 2;
      if (found === k && (d > bestD[k - 1] || (d === bestD[k - 1] && j > bestJ[k - 1]))) return;
      let p = found < k ? found++ : k - 1;
      while (p > 0 && (bestD[p - 1] > d || (bestD[p - 1] === d && bestJ[p - 1] > j))) {
        ((bestD[p] = bestD[p - 1]), (bestJ[p] = bestJ[p - 1]), --p);
      }
      ((bestD[p] = d), (bestJ[p] = j));
    };
    // Grow square rings of cells until the k-th distance is within the ring's reach.
    for (let r = 0; ; ++r) {
      for (let gy = cy - r; gy <= cy + r; ++gy) {
        if (gy < 0 || gy >= rows) continue;
        for (let gx = cx - r; gx <= cx + r; ++gx) {
          if (gx < 0 || gx >= cols || (Math.abs(gx - cx) !== r && Math.abs(gy - cy) !== r)) continue;
          const c = gy * cols + gx;
          for (let m = start[c]; m < start[c + 1]; ++m) consider(members[m]);
        }
      }
      if (found === k && bestD[k - 1] <= (r * side) ** 2) break;
      if (r > cols + rows) break;
    }
    lists[i] = Array.from(bestJ.subarray(0, found));
  }
  return lists;
}
