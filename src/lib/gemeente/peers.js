// Peer groups ("vergelijkbare gemeenten") and a gemeente's position among them.
import {isNumber} from "../stats/is-number.js";
import {sizeClassLabel, stedelijkheidLabel} from "../labels.js";

/**
 * @typedef {{code: string, name: string, size_class: string | null, stedelijkheid: number | null,
 *   provincie_code: string | null, provincie_name?: string | null, corop_code: string | null, corop_name?: string | null}} GemeenteRow
 * @typedef {{codes: string[], mode: string, text: string, fallback: string | null}} PeerGroup
 */

/**
 * The peers of gemeente `code` (never the gemeente itself), by mode:
 * "klasse" same size class and stedelijkheid (with fewer than minPeers: same size class only),
 * "provincie", "corop" (only if the data has COROP codes; else "klasse"), "lijst" the given codes.
 * @param {GemeenteRow[]} gemeenten
 * @param {string} code
 * @param {{mode?: string, list?: string[], minPeers?: number}} [options]
 * @returns {PeerGroup}
 */
export function peerGroup(gemeenten, code, {mode = "klasse", list = [], minPeers = 3} = {}) {
  const self = gemeenten.find((g) => g.code === code);
  if (!self) return {codes: [], mode, text: "geen gemeente gekozen", fallback: null};
  const others = gemeenten.filter((g) => g.code !== code);
  const codes = (rows) => rows.map((g) => g.code).sort();
  if (mode === "lijst") {
    const chosen = new Set(list);
    const rows = others.filter((g) => chosen.has(g.code));
    return {codes: codes(rows), mode, text: `zelf gekozen gemeenten (${rows.length})`, fallback: null};
  }
  if (mode === "provincie" && self.provincie_code != null) {
    const rows = others.filter((g) => g.provincie_code === self.provincie_code);
    return {
      codes: codes(rows),
      mode,
      text: `gemeenten in de provincie ${self.provincie_name ?? self.provincie_code}`,
      fallback: null,
    };
  }
  if (mode === "corop" && self.corop_code != null) {
    const rows = others.filter((g) => g.corop_code === self.corop_code);
    return {
      codes: codes(rows),
      mode,
      text: `gemeenten in het COROP-gebied ${self.corop_name ?? self.corop_code}`,
      fallback: null,
    };
  }
  const fallback =
    mode !== "klasse"
      ? `Deze gegevens hebben geen ${mode === "corop" ? "COROP-gebied" : mode} voor deze gemeente; daarom dezelfde grootteklasse en stedelijkheid.`
      : null;
  const same = others.filter((g) => g.size_class === self.size_class && g.stedelijkheid === self.stedelijkheid);
  const sizeText = sizeClassLabel(self.size_class);
  if (same.length >= minPeers) {
    const text = `gemeenten van dezelfde grootteklasse (${sizeText}) en stedelijkheid (${stedelijkheidLabel(self.stedelijkheid).toLowerCase()})`;
    return {codes: codes(same), mode: "klasse", text, fallback};
  }
  const sameSize = others.filter((g) => g.size_class === self.size_class);
  return {
    codes: codes(sameSize),
    mode: "klasse",
    text: `gemeenten van dezelfde grootteklasse (${sizeText})`,
    fallback: `Met dezelfde stedelijkheid zijn er maar ${same.length} (minder dan ${minPeers}); daarom alle gemeenten van dezelfde grootteklasse.`,
  };
}

/**
 * Where `value` stands among `others` (values of other gemeenten; missing ones are skipped):
 * rank (1 = highest, ties share the best rank), n (the gemeente included) and the share of the
 * others with a lower value, as a percentile 0–100. Null when the value is missing.
 * @param {number | null | undefined} value
 * @param {(number | null | undefined)[]} others
 */
export function position(value, others) {
  if (!isNumber(value)) return null;
  const present = /** @type {number[]} */ (others.filter(isNumber));
  const higher = present.filter((v) => v > value).length;
  const lower = present.filter((v) => v < value).length;
  const sorted = [...present, value].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    rank: higher + 1,
    n: present.length + 1,
    percentile: present.length ? (100 * lower) / present.length : null,
    median,
  };
}
