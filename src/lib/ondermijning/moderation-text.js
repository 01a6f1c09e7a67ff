// Sentences about the samenhang moderation test whose wording follows the result.
import {formatDecimal} from "../format.js";

/**
 * "p < 0,001" or "p = 0,123".
 * @param {number} p
 */
export const pValueText = (p) => (p < 0.001 ? "p < 0,001" : `p = ${formatDecimal(p, 3)}`);

/**
 * What the interaction term says at the 5% level; empty when there is no test (too few gemeenten).
 * @param {{coefficient: number, p: number}} interaction
 */
export function interactionVerdict({coefficient, p}) {
  if (!Number.isFinite(p)) return "";
  if (p >= 0.05)
    return "Het interval omvat nul: een modererend effect van samenhang is met deze gegevens niet aangetoond.";
  return coefficient < 0
    ? "Waar de samenhang hoger is, gaat de index minder sterk samen met onveiligheid."
    : "Waar de samenhang hoger is, gaat de index juist sterker samen met onveiligheid.";
}
