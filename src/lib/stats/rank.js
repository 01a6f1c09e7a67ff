/** Ranks 1..n with ties given their average rank (the convention Spearman's rho needs). */
export function averageRanks(values) {
  const n = values.length;
  const order = Array.from({length: n}, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) ++end;
    const rank = (start + end + 1) / 2; // mean of positions start+1 .. end
    for (let i = start; i < end; ++i) ranks[order[i]] = rank;
    start = end;
  }
  return ranks;
}
