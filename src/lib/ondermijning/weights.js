// An indicator's weight as the reader types it: a number from 0 to 5, with a decimal comma or point.
import {formatDecimalInput, parseDecimal} from "../parse-number.js";

export const WEIGHT_RANGE = Object.freeze({min: 0, max: 5, step: 0.5});

export const isValidWeight = (w) => Number.isFinite(w) && w >= WEIGHT_RANGE.min && w <= WEIGHT_RANGE.max;

const RANGE_TEXT = `${WEIGHT_RANGE.min} tot en met ${WEIGHT_RANGE.max}`;

/**
 * {weight} for a usable entry, {error} (a Dutch sentence) for one that is refused.
 * @param {string} text
 * @returns {{weight: number, error: null} | {weight: null, error: string}}
 */
export function parseWeight(text) {
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return {weight: null, error: `Vul een gewicht in van ${RANGE_TEXT}.`};
  const value = parseDecimal(trimmed);
  if (value === null) return {weight: null, error: `“${trimmed}” is geen getal; typ bijvoorbeeld 2,5.`};
  if (!isValidWeight(value)) return {weight: null, error: `${trimmed} kan niet: een gewicht loopt van ${RANGE_TEXT}.`};
  return {weight: value, error: null};
}

/** A weight as it stands in the box (decimal comma). */
export const weightText = (weight) => formatDecimalInput(weight);
