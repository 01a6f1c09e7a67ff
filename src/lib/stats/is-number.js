// Missing values arrive as null (SQL NULL, empty CSV cells) and failed arithmetic as NaN; only
// finite numbers take part in an analysis step.

/**
 * @param {unknown} v
 * @returns {v is number}
 */
export const isNumber = (v) => typeof v === "number" && Number.isFinite(v);
