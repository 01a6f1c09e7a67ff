// What a choice in the scenario's search does to the hand-picked buurten.

/**
 * The buurten to pick after choosing `area`: a buurt is added to the picks when it lies in the
 * current gemeente, and otherwise starts a new pick; a gemeente means all its buurten (no picks).
 * @param {{code: string, level: string, gemeente_code: string}} area
 * @param {{gemeente: string | null, picked: string[]}} current
 * @returns {string[]}
 */
export function pickedAfterChoice(area, {gemeente, picked}) {
  if (area.level !== "buurt") return [];
  if (area.gemeente_code !== gemeente) return [area.code];
  return picked.includes(area.code) ? picked : [...picked, area.code];
}
