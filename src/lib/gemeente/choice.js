// The chosen gemeente (and buurt) as two URL-bound inputs: a search choice sets both.

/**
 * Sets the gemeente and buurt inputs from a chosen area (a gemeente clears the buurt) and
 * announces the change, so that bindUrl writes both to the URL.
 * @param {{code: string, level: string, gemeente_code: string}} area
 * @param {{value: any} & EventTarget} gemeenteInput
 * @param {{value: any} & EventTarget} buurtInput
 */
export function chooseArea(area, gemeenteInput, buurtInput) {
  buurtInput.value = area.level === "buurt" ? area.code : null;
  buurtInput.dispatchEvent(new Event("input"));
  gemeenteInput.value = area.gemeente_code;
  gemeenteInput.dispatchEvent(new Event("input"));
}

/**
 * Figure rows for a CSV: one per headline figure with the gemeente's value and ranks.
 * @param {any[]} positions figurePositions()
 */
export const figureDownloadRows = (positions) =>
  positions.map((d) => ({
    kengetal: d.label,
    waarde: d.value,
    rang_landelijk: d.national?.rank ?? null,
    gemeenten_landelijk: d.national?.n ?? null,
    percentiel_landelijk: d.national?.percentile ?? null,
    rang_groep: d.peers?.rank ?? null,
    gemeenten_groep: d.peers?.n ?? null,
    mediaan_groep: d.peers?.median ?? null,
  }));
