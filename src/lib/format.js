// The site's one Dutch locale: every number a reader sees (text, tables, selects, chart axes and
// tooltips) is written by a formatter from this module, so "1.294", "0,62" and "−0,8" look the same
// everywhere and years are never grouped (2020, not 2.020).
import {formatLocale} from "d3-format";

// Creating an Intl.NumberFormat costs far more than using one, and tables format thousands of cells.
const formatters = new Map();
const nl = (options) => {
  const key = JSON.stringify(options);
  return formatters.get(key) ?? formatters.set(key, new Intl.NumberFormat("nl-NL", options)).get(key);
};
const MINUS = "\u2212";
// Intl writes a hyphen-minus for negatives; in running text next to en dashes a real minus reads better.
const withMinus = (text) => text.replace(/^-/, MINUS).replace(/(\s)-(?=\d)/g, `$1${MINUS}`);
const missing = (x) => x == null || typeof x !== "number" || !Number.isFinite(x);

/** The nl-NL definition for d3-format, for code that takes a d3 specifier (",.2f" → "1.234,50"). */
export const NL_LOCALE = Object.freeze({
  decimal: ",",
  thousands: ".",
  grouping: [3],
  currency: ["€\u00a0", ""],
  minus: MINUS,
});
export const nlLocale = formatLocale(NL_LOCALE);

export const formatInt = (x) => (missing(x) ? "–" : withMinus(nl({maximumFractionDigits: 0}).format(x)));
export const formatDecimal = (x, digits = 2) =>
  missing(x) ? "–" : withMinus(nl({minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x));
export const formatPercent = (x, digits = 0) =>
  missing(x)
    ? "–"
    : withMinus(nl({style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits}).format(x));
/** Years and other identifiers that are numbers: never grouped ("2020"). */
export const formatYear = (x) => (x == null ? "–" : String(x));
/** Axis ticks: decimal comma, thousands dots only from 10.000 up (so years stay 2014). */
export const formatTick = (x) =>
  x instanceof Date
    ? x.toISOString().slice(0, 10)
    : typeof x !== "number" || !Number.isFinite(x)
      ? String(x ?? "")
      : nl({maximumSignificantDigits: 6, useGrouping: Math.abs(x) >= 10_000})
          .format(x)
          .replace("-", MINUS);
/** Any value a table or tooltip shows: numbers as ticks (up to 6 significant digits), the rest as text. */
export const formatValue = (x) =>
  x == null
    ? "–"
    : typeof x === "number"
      ? formatTick(x)
      : typeof x === "bigint"
        ? formatInt(Number(x))
        : formatTick(x);
/** A choice in a select: years stay ungrouped, other numbers Dutch ("9.999", "0,05"). */
export const formatChoice = (x) =>
  typeof x !== "number" || !Number.isInteger(x) ? formatValue(x) : x >= 1800 && x <= 2200 ? String(x) : formatInt(x);
export const formatInterval = ([lo, hi], digits = 2) => `${formatDecimal(lo, digits)} – ${formatDecimal(hi, digits)}`;

/** "1 gemeente", "2 gemeenten": the count in Dutch and the right form of the noun. */
export const plural = (n, singular, pluralForm) => `${formatInt(n)} ${n === 1 ? singular : pluralForm}`;
