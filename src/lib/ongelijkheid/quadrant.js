// The low–low results as the page shows them: the second ranking of the gemeente shares and the
// dimension profile as chart rows.
import {DIMENSIONS} from "../registry.js";

/**
 * The rows of quadrantShares ranked by the share of low-status areas with an LBM class above the
 * cut (ties by code); the query itself ranks by the low–low share.
 * @template {{share_high_lbm_low_ses: number, code: string}} T
 * @param {T[]} shares
 * @returns {T[]}
 */
export const rankByHighLbmLowSes = (shares) =>
  [...shares].sort((a, b) => b.share_high_lbm_low_ses - a.share_high_lbm_low_ses || (a.code < b.code ? -1 : 1));

export const PROFILE_GROUPS = Object.freeze(["Laag–laag", "Overige"]);

/**
 * The rows of lowLowProfile as one row per group and dimension: {groep, dimensie, score, n}.
 * @param {Record<string, any>[]} profile
 */
export const profileBars = (profile) =>
  profile.flatMap((p) =>
    DIMENSIONS.map((d) => ({
      groep: p.low_low ? PROFILE_GROUPS[0] : PROFILE_GROUPS[1],
      dimensie: d.label,
      score: p[d.id],
      n: p.areas,
    })),
  );

/**
 * How many areas the profile has in the low–low group (lowLow true) or the rest.
 * @param {Record<string, any>[]} profile
 * @param {boolean} lowLow
 */
export const profileAreas = (profile, lowLow) => profile.find((p) => Boolean(p.low_low) === lowLow)?.areas ?? 0;
