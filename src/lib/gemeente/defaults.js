// Gemeenteprofiel: what the profile starts from. The themes' own definitions (stijgers, SES
// quadrants, ondermijning index) come from their wings through the page; only the profile's own
// choices live here.
import {SHARED_DEFAULTS} from "../defaults.js";
import {closestYear} from "../dataset-years.js";

export const PEER_MODES = Object.freeze(["klasse", "provincie", "corop", "lijst"]);

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  /** The year of the map and the headline share below voldoende. */
  year: 2020,
  peerMode: "klasse",
  /** Fewer peers than this under "klasse" (same size class and stedelijkheid): size class only. */
  minPeers: 3,
  /** Characters typed before the area search suggests anything. */
  searchMinLength: 3,
  /**
   * The URL parameters the stored first view answers whatever their value, since the page filters
   * national answers by gemeente, buurt and peers: a link with only these does not need DuckDB.
   */
  snapshotParams: Object.freeze(["gemeente", "buurt", "peergroep", "peers"]),
});

/**
 * DEFAULTS with a year the built dataset has.
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) => Object.freeze({...DEFAULTS, year: closestYear(years.lbm, DEFAULTS.year)});
