// The profile's sentences, from computed values only.
import {formatDecimal, formatInt, formatInterval, formatPercent} from "../format.js";
import {fisherInterval} from "../stats/correlation.js";

export const PEER_MODE_LABELS = Object.freeze({
  klasse: "Zelfde grootte en stedelijkheid",
  provincie: "Zelfde provincie",
  corop: "Zelfde COROP-gebied",
  lijst: "Zelf kiezen",
});

/** The peer modes the data allow: COROP only where gemeenten have a COROP code. */
export const peerModes = (gemeenten) =>
  Object.keys(PEER_MODE_LABELS).filter((m) => m !== "corop" || gemeenten.some((g) => g.corop_code != null));

/** "3e van 141" */
export const rankPhrase = (p) => (p ? `${formatInt(p.rank)}e van ${formatInt(p.n)}` : null);

/**
 * The within-gemeente correlation of LBM and SES-WOA, or why there is none.
 * @param {{name: string, ses_r: number | null, ses_n: number}} g a gemeenteFigures row
 * @param {number} minAreas
 */
export function sesSentence(g, minAreas) {
  if (!(g.ses_n >= minAreas) || g.ses_r == null)
    return `Binnen ${g.name} hebben ${formatInt(g.ses_n)} buurten zowel een Leefbaarometer- als een SES-WOA-score; voor een correlatie binnen de gemeente zijn er minstens ${formatInt(minAreas)} nodig, dus die wordt hier niet berekend.`;
  const interval = fisherInterval(g.ses_r, g.ses_n);
  return `Binnen ${g.name} is de correlatie tussen leefbaarheid en SES-WOA r = ${formatDecimal(g.ses_r, 2)} (95%-interval ${formatInterval(/** @type {[number, number]} */ (interval))}) over ${formatInt(g.ses_n)} buurten.`;
}

/**
 * The low–low and high-LBM/low-SES shares with their national rank, or why they are absent.
 * @param {{name: string}} g
 * @param {any} lowLow figurePositions row for share_low_low
 * @param {any} highLow figurePositions row for share_high_lbm_low_ses
 * @param {number} minAreas the fewest areas with both scores for a gemeente's shares
 */
export function quadrantSentence(g, lowLow, highLow, minAreas) {
  if (lowLow.value == null)
    return `${g.name} heeft minder dan ${formatInt(minAreas)} buurten met beide scores; de aandelen worden daarom niet berekend of gerangschikt.`;
  return `${formatPercent(lowLow.value, 1)} van de buurten van ${g.name} heeft een lage SES én een lage leefbaarheid (${rankPhrase(lowLow.national)} gemeenten, hoogste aandeel eerst); ${formatPercent(highLow.value, 1)} heeft een lage SES maar toch een leefbaarheid boven de grens (${rankPhrase(highLow.national)}).`;
}
