// The headline shares: risers of the selection and fallers of their base, counted in areas or,
// when weighted, in inhabitants.

/**
 * @param {any} summary engine.summary's result @param {{weighted?: boolean}} [options]
 * @returns {{riserShare: number | null, fallerShare: number | null, fallerBase: number}}
 */
export function summaryShares(summary, {weighted = false} = {}) {
  const share = (part, whole) => (whole > 0 ? part / whole : null);
  const fallerBase = weighted ? summary.faller_base_weight : summary.faller_base;
  return {
    riserShare: share(
      weighted ? summary.risers_weight : summary.risers,
      weighted ? summary.selected_weight : summary.selected,
    ),
    fallerShare: share(weighted ? summary.fallers_weight : summary.fallers, fallerBase),
    fallerBase,
  };
}
