// Finding a gemeente or buurt by what a reader types: name or code, ignoring case, accents and
// punctuation ("sudwest" finds Súdwest-Fryslân, "gm0363" and "0363" find GM0363).

/** Lower case, accents and punctuation removed, runs of spaces as one. */
export function searchKey(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/**
 * An index over areas ({code, name, level, gemeente_code, gemeente_name}) for `match`.
 * @param {any[]} areas
 */
export function searchIndex(areas) {
  return areas.map((area) => ({area, name: searchKey(area.name), code: searchKey(area.code)}));
}

const LEVEL_ORDER = {gemeente: 0, wijk: 1, buurt: 2};

/**
 * Areas matching `query`, best first: a name or code that starts with the query before one that
 * only contains it, gemeenten before buurten, then by name. Nothing below `minLength` characters
 * (a code needs its digits: "0363" is enough).
 * @param {ReturnType<typeof searchIndex>} index
 * @param {string} query
 * @param {{limit?: number, minLength?: number}} [options]
 */
export function matchAreas(index, query, {limit = 10, minLength = 3} = {}) {
  const key = searchKey(query);
  if (key.length < minLength) return [];
  const words = key.split(" ");
  const scored = [];
  for (const entry of index) {
    const codeHit = entry.code.includes(key.replace(/ /g, ""));
    const nameHit = words.every((w) => entry.name.includes(w));
    if (!codeHit && !nameHit) continue;
    const starts = entry.name.startsWith(key) || entry.code.startsWith(key) || entry.code.slice(2).startsWith(key);
    const wordStart = !starts && entry.name.split(" ").some((w) => w.startsWith(words[0]));
    scored.push({entry, score: (starts ? 0 : wordStart ? 1 : 2) * 10 + (LEVEL_ORDER[entry.area.level] ?? 3)});
  }
  scored.sort(
    (a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name) || (a.entry.code < b.entry.code ? -1 : 1),
  );
  return scored.slice(0, limit).map((d) => d.entry.area);
}
