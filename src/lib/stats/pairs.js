const present = (v) => v != null && !Number.isNaN(v);

/**
 * The complete cases of parallel arrays (x, y and optional weights w > 0), as dense arrays.
 * Float64Array inputs without a missing case are returned as they are (callers only read them),
 * so that repeated statistics over the same columns do not copy 13,000 values each time.
 */
export function complete(xs, ys, ws) {
  const n = xs.length;
  let m = 0;
  for (let i = 0; i < n; ++i) if (present(xs[i]) && present(ys[i]) && (!ws || ws[i] > 0)) ++m;
  if (m === n && xs instanceof Float64Array && ys instanceof Float64Array && (!ws || ws instanceof Float64Array)) {
    return ws ? {x: xs, y: ys, w: ws} : {x: xs, y: ys};
  }
  const x = new Float64Array(m),
    y = new Float64Array(m),
    w = ws ? new Float64Array(m) : null;
  for (let i = 0, j = 0; i < n; ++i) {
    if (!present(xs[i]) || !present(ys[i])) continue;
    if (ws && !(ws[i] > 0)) continue;
    ((x[j] = xs[i]), (y[j] = ys[i]));
    if (ws) w[j] = ws[i];
    ++j;
  }
  return ws ? {x, y, w} : {x, y};
}

/** values[index[j]] for each j, as a Float64Array (a plain loop: Float64Array.from with a map function is several times slower). */
export function take(values, index) {
  const out = new Float64Array(index.length);
  for (let j = 0; j < index.length; ++j) out[j] = values[index[j]];
  return out;
}
