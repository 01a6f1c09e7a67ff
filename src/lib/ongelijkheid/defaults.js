// Leefbaarheid en sociale ongelijkheid: the report's years (datasetDefaults picks years the data
// has), measures, correlation, weighting, quadrant cut-offs (low SES below the national
// sesPercentile, low LBM class ≤ maxLbmClass; gemeenten ranked when they have at least minAreas
// areas with both) and LISA settings (seeded permutations, significance).
import {SHARED_DEFAULTS} from "../defaults.js";
import {closestYear} from "../dataset-years.js";
import {MINIMUM_N} from "../registry.js";

export const DEFAULTS = Object.freeze({
  ...SHARED_DEFAULTS,
  lbmYear: 2020,
  sesYear: 2019,
  lbmMeasure: "lbm",
  sesMeasure: "ses_total",
  method: "pearson",
  weighting: "none",
  minHouseholds: 0,
  grouping: "size_class",
  regionGrouping: "corop",
  minGroupAreas: MINIMUM_N.groupCorrelation.n,
  sesPercentile: 20,
  maxLbmClass: 4,
  minAreas: 10,
  lisaMode: "bivariate",
  lisaWeights: "knn",
  lisaK: 6,
  lisaPermutations: 999,
  lisaSeed: 12345,
  lisaAlpha: 0.05,
  lisaCorrection: "fdr",
  bootstrapReplicates: 1000,
  // Pause (after the last control change) before the bootstrap worker starts: flipping through the controls starts none.
  bootstrapDelayMs: 1000,
  /** The URL parameters the stored views answer whatever their value (every LBM year: first-view.js laterViews). */
  snapshotParams: Object.freeze(["lbmjaar"]),
});

/**
 * DEFAULTS with the LBM and SES-WOA years the built dataset has (see closestYear).
 * @param {import("../dataset-years.js").DatasetYears} years
 */
export const datasetDefaults = (years) =>
  Object.freeze({
    ...DEFAULTS,
    lbmYear: closestYear(years.lbm, DEFAULTS.lbmYear),
    sesYear: closestYear(years.ses, DEFAULTS.sesYear),
  });
