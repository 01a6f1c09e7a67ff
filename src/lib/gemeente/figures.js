// The profile's headline figures for every gemeente, from the theme results, and the chosen
// gemeente's position on each: nationally and against its peers.
import {position} from "./peers.js";

/**
 * @typedef {{id: string, label: string, kind: "share" | "r" | "index", values: Map<string, number | null>, note: string}} Figure
 */

const valueMap = (rows, valueOf) => new Map(rows.map((d) => [d.code, valueOf(d)]));

/**
 * Each headline figure as a Map gemeentecode → value (null where it cannot be computed).
 * @param {{figures: any[], risers: any[], quadrants: any[], ondermijning: any[], minAreas: number}} input
 *   figures: gemeenteFigures rows; risers: riserShares rows; quadrants: quadrantShares rows (only
 *   gemeenten with enough areas); ondermijning: the analysed rows of the ondermijning analysis;
 *   minAreas: fewest areas with both scores for a within-gemeente correlation.
 * @returns {Figure[]}
 */
export function headlineFigures({figures, risers, quadrants, ondermijning, minAreas}) {
  const quadrant = new Map(quadrants.map((d) => [d.code, d]));
  return [
    {
      id: "share_insufficient",
      label: "Aandeel buurten onder voldoende",
      kind: "share",
      values: valueMap(figures, (d) => d.share_insufficient ?? null),
      note: "lager is gunstiger",
    },
    {
      id: "riser_share",
      label: "Aandeel stijgers onder de zwakke buurten",
      kind: "share",
      values: valueMap(risers, (d) => (d.weak > 0 ? d.risers / d.weak : null)),
      note: "hoger is gunstiger",
    },
    {
      id: "ses_r",
      label: "Samenhang leefbaarheid en SES-WOA (r)",
      kind: "r",
      values: valueMap(figures, (d) => (d.ses_n >= minAreas && d.ses_r != null ? d.ses_r : null)),
      note: `alleen bij minstens ${minAreas} buurten met beide scores`,
    },
    {
      id: "share_low_low",
      label: "Aandeel laag–laag (lage SES, lage leefbaarheid)",
      kind: "share",
      values: new Map(figures.map((d) => [d.code, quadrant.get(d.code)?.share_low_low ?? null])),
      note: "lager is gunstiger",
    },
    {
      id: "share_high_lbm_low_ses",
      label: "Aandeel lage SES met toch goede leefbaarheid",
      kind: "share",
      values: new Map(figures.map((d) => [d.code, quadrant.get(d.code)?.share_high_lbm_low_ses ?? null])),
      note: "hoger is gunstiger",
    },
    {
      id: "ondermijning_index",
      label: "Ondermijningsindex",
      kind: "index",
      values: new Map(ondermijning.map((d) => [d.code, d.analysed ? d.index : null])),
      note: "alleen gemeenten in de ondermijningsanalyse",
    },
  ];
}

/**
 * The gemeente's value on each figure with its position among all gemeenten that have one and
 * among its peers; `peerValues` lists the peers' values for a strip chart.
 * @param {Figure[]} figures
 * @param {string} code
 * @param {string[]} peers
 * @param {Map<string, string>} names gemeentecode → name
 */
export function figurePositions(figures, code, peers, names) {
  const peerSet = new Set(peers);
  return figures.map((f) => {
    const value = f.values.get(code) ?? null;
    const others = [...f.values].filter(([c]) => c !== code).map(([, v]) => v);
    const peerValues = [...f.values]
      .filter(([c, v]) => peerSet.has(c) && v != null)
      .map(([c, v]) => ({code: c, name: names.get(c) ?? c, value: v}));
    return {
      id: f.id,
      label: f.label,
      kind: f.kind,
      note: f.note,
      value,
      national: position(value, others),
      peers: position(
        value,
        peerValues.map((d) => d.value),
      ),
      peerValues,
    };
  });
}

/** gemeentecode → name, for labels. @param {{code: string, name: string}[]} rows */
export const nameMap = (rows) => new Map(rows.map((d) => [d.code, d.name]));
