// Numbers typed by readers: a Dutch decimal comma ("2,5") or a point ("2.5"), surrounding spaces
// allowed; anything else (thousands separators, units, two commas) is not a number.
const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * The number in `text`, or null when it is not one.
 * @param {string | null | undefined} text
 * @returns {number | null}
 */
export function parseDecimal(text) {
  const trimmed = String(text ?? "").trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/**
 * A number as a reader types it back: decimal comma, no grouping, as many digits as it has.
 * @param {number} value
 */
export const formatDecimalInput = (value) => String(value).replace(".", ",");
