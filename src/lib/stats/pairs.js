const present = (v) => v != null && !Number.isNaN(v);

/** The complete cases of parallel arrays (x, y and optional weights w > 0), as dense arrays. */
export function complete(xs, ys, ws) {
  const x = [], y = [], w = [];
  for (let i = 0; i < xs.length; ++i) {
    if (!present(xs[i]) || !present(ys[i])) continue;
    if (ws && !(ws[i] > 0)) continue;
    x.push(xs[i]), y.push(ys[i]);
    if (ws) w.push(ws[i]);
  }
  return ws ? {x, y, w} : {x, y};
}
