// Default analysis choices, each documented on the page that uses it. Pages read these, never literals.
export const DEFAULTS = {
  baseYear: 2014,
  endYear: 2020,
  /** Starting classes of "weak" areas: zwak (4) and everything below. */
  weakMaxClass: 4,
  /** Voldoende (5) and better count as sufficient livability. */
  sufficientClass: 5,
  /** A riser ends at voldoende (5) or better. */
  riserMinClass: 5,
  lbmYearForSes: 2020,
  sesYear: 2019,
  safetyYear: 2019,
  minRespondents: 300,
  level: "buurt",
  /** Ondermijning page: LBM year of sociale samenhang (soc), standardisation ("z" or "rank"),
   * residual label threshold in residual standard errors, number of top gemeenten highlighted. */
  ondermijning: {lbmYear: 2020, standardisation: "z", residualThreshold: 2, topN: 10},
  /** Stijgers en dalers page: starting classes, riser/faller definitions, weighting, breakdown. */
  stijgers: {
    startClasses: [1, 2, 3, 4],
    riserMode: "threshold",
    riserGain: 2,
    fallerMode: "lower",
    /** "Was (ruim) voldoende": the start classes of the alternative faller definition. */
    fallerFromClasses: [5, 6],
    weight: "areas",
    breakdown: "provincie",
  },
  /** Sociale ongelijkheid page: measures, correlation, weighting, quadrant cut-offs (low SES below
   * the national sesPercentile, low LBM class ≤ maxLbmClass; gemeenten ranked when they have at
   * least minAreas areas with both) and LISA settings (seeded permutations, significance). */
  ses: {
    lbmMeasure: "lbm",
    sesMeasure: "ses_total",
    method: "pearson",
    weighting: "none",
    minHouseholds: 0,
    grouping: "size_class",
    regionGrouping: "corop",
    minGroupAreas: 10,
    sesPercentile: 20,
    maxLbmClass: 4,
    minAreas: 10,
    lisaMode: "bivariate",
    lisaWeights: "knn",
    lisaK: 6,
    lisaPermutations: 999,
    lisaSeed: 12345,
    lisaAlpha: 0.05,
    lisaCorrection: "none",
    bootstrapReplicates: 1000,
    // Pause (after the last control change) before the bootstrap worker starts: flipping through the controls starts none.
    bootstrapDelayMs: 1000,
  },
};
