// Dutch number formatting for text on the pages.
// Creating an Intl.NumberFormat costs far more than using one, and tables format thousands of cells.
const formatters = new Map();
const nl = (options) => {
  const key = JSON.stringify(options);
  return formatters.get(key) ?? formatters.set(key, new Intl.NumberFormat("nl-NL", options)).get(key);
};

export const formatInt = (x) => (x == null || !Number.isFinite(x) ? "–" : nl({maximumFractionDigits: 0}).format(x));
export const formatDecimal = (x, digits = 2) =>
  x == null || !Number.isFinite(x) ? "–" : nl({minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x);
export const formatPercent = (x, digits = 0) =>
  x == null || !Number.isFinite(x)
    ? "–"
    : nl({style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x);
/** Axis ticks: decimal comma, thousands dots only from 10.000 up (so years stay 2014). */
export const formatTick = (x) =>
  typeof x !== "number" || !Number.isFinite(x)
    ? String(x ?? "")
    : nl({maximumSignificantDigits: 6, useGrouping: Math.abs(x) >= 10_000})
        .format(x)
        .replace("-", "−");
export const formatInterval = ([lo, hi], digits = 2) => `${formatDecimal(lo, digits)} – ${formatDecimal(hi, digits)}`;
