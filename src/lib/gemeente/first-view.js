// The parameters of the Gemeenteprofiel's figures of every gemeente (queries.js gemeenteFigures).
// The SES pairing rules come from the Sociale ongelijkheid wing, which src/profile-queries.js passes in.

/**
 * The parameters of gemeenteFigures: the profile's map year and class rule, the SES page's years
 * and minimum number of households.
 * @param {{level: string, sufficientClass: number}} defaults the profile's defaults (datasetDefaults)
 * @param {{lbmYear: number, sesYear: number, minHouseholds: number}} ongelijkheid the SES page's defaults
 * @param {number} year the map year
 */
export const figureParams = (defaults, ongelijkheid, year) => ({
  year,
  level: defaults.level,
  sufficientClass: defaults.sufficientClass,
  lbmYear: ongelijkheid.lbmYear,
  sesYear: ongelijkheid.sesYear,
  minHouseholds: ongelijkheid.minHouseholds,
});
