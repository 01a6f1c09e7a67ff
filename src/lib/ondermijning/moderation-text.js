// Sentences about the samenhang moderation test whose wording follows the result.
import {formatDecimal} from "../format.js";

/**
 * "p < 0,001" or "p = 0,123".
 * @param {number} p
 */
export const pValueText = (p) => (p < 0.001 ? "p < 0,001" : `p = ${formatDecimal(p, 3)}`);

/**
 * What the interaction term says at the 5% level; empty when there is no test (too few gemeenten).
 * A substantive sentence only when the result also survives robust errors and dropping the
 * influential gemeenten (`robustness`, moderation.js interactionRobustness); otherwise why not.
 * @param {{coefficient: number, p: number}} interaction
 * @param {{hc3P: number, influential: {index: number}[], without: {p: number, n: number}, weighted?: {p: number} | null, survives: boolean} | null} [robustness]
 * @param {(index: number) => string} [nameOf] the gemeente name of a row index
 */
export function interactionVerdict({coefficient, p}, robustness = null, nameOf = String) {
  if (!Number.isFinite(p)) return "";
  if (p >= 0.05)
    return "Het interval omvat nul: een modererend effect van samenhang is met deze gegevens niet aangetoond.";
  const finding =
    coefficient < 0
      ? "Waar de samenhang hoger is, gaat de index minder sterk samen met onveiligheid."
      : "Waar de samenhang hoger is, gaat de index juist sterker samen met onveiligheid.";
  if (!robustness) return finding;
  const k = robustness.influential.length;
  const names = robustness.influential.slice(0, 5).map((d) => nameOf(d.index));
  const dropped = k
    ? `zonder de ${k} invloedrijkste ${k === 1 ? "gemeente" : "gemeenten"} (Cook's afstand boven 4/n: ${names.join(", ")}${k > 5 ? ", …" : ""}) ${pValueText(robustness.without.p)}`
    : "geen gemeente heeft een Cook's afstand boven 4/n";
  const weighted = robustness.weighted
    ? `; gewogen naar het aantal respondenten ${pValueText(robustness.weighted.p)}`
    : "";
  const checks = `met robuuste standaardfouten (HC3) ${pValueText(robustness.hc3P)}; ${dropped}${weighted}`;
  return robustness.survives
    ? `${finding} Dit houdt stand: ${checks}.`
    : `Met gewone standaardfouten lijkt de interactie significant, maar ze houdt geen stand: ${checks}. Een modererend effect van samenhang is daarom niet aangetoond.`;
}
