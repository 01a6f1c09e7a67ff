// Ondermijning en onveiligheid: the report's year of the safety data (datasetDefaults picks years
// the data has), the Veiligheidsmonitor reliability threshold, LBM year of sociale samenhang
// (soc), standardisation ("z" or "rank"), family-wise level of the outlier test on studentised
// residuals (Bonferroni), number of top gemeenten highlighted.
import {SHARED_DEFAULTS} from "../defaults.js";
import {DEFAULT_MIN_RESPONDENTS} from "../registry.js";
import {closestYear} from "../dataset-years.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  safetyYear: 2019,
  minRespondents: DEFAULT_MIN_RESPONDENTS,
  lbmYear: 2020,
  standardisation: "z",
  outlierAlpha: 0.05,
  topN: 10,
});

/**
 * DEFAULTS with the safety and LBM years the built dataset has (see closestYear).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) =>
  Object.freeze({
    ...DEFAULTS,
    safetyYear: closestYear(years.safety, DEFAULTS.safetyYear),
    lbmYear: closestYear(years.lbm, DEFAULTS.lbmYear),
  });
