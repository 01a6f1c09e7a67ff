// Dutch number formatting for text on the pages.
const nl = (options) => new Intl.NumberFormat("nl-NL", options);

export const formatInt = (x) => (x == null || !Number.isFinite(x) ? "–" : nl({maximumFractionDigits: 0}).format(x));
export const formatDecimal = (x, digits = 2) =>
  x == null || !Number.isFinite(x) ? "–" : nl({minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x);
export const formatPercent = (x, digits = 0) =>
  x == null || !Number.isFinite(x) ? "–" : nl({style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x);
export const formatInterval = ([lo, hi], digits = 2) => `${formatDecimal(lo, digits)} – ${formatDecimal(hi, digits)}`;
