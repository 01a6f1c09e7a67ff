// Ervaren onveiligheid regressed on the index; residuals show where felt unsafety departs from
// what the signs of ondermijning would lead one to expect.
import {olsDiagnostics} from "../stats/influence.js";
import {simpleRegression} from "../stats/regression.js";
import {tQuantile} from "../stats/student-t.js";
import {isNumber} from "../stats/is-number.js";

export const RESIDUAL_LABELS = {
  signsWithoutUnsafety: "veel signalen, weinig onveiligheid",
  unsafetyWithoutSigns: "weinig signalen, veel onveiligheid",
};

/**
 * OLS onveilig = a + b · index over the gemeenten where `include` is true. Residuals are also
 * given in units of the residual standard error (σ̂, `standardized`) and externally studentised
 * (`studentized`, each left out of its own σ̂, with its Bonferroni p `outlierP`); null outside the fit.
 * @param {ArrayLike<number | null>} index
 * @param {ArrayLike<number | null>} onveilig
 * @param {{include?: ArrayLike<boolean> | null}} [options]
 */
export function indexRegression(index, onveilig, {include = null} = {}) {
  const x = Array.from(index, (v, i) => (include == null || include[i] ? v : null));
  const fit = simpleRegression(x, onveilig);
  const sigma = fit.fit.sigma;
  const standardized = fit.fit.residuals.map((r) => (isNumber(r) && sigma > 0 ? r / sigma : null));
  const diagnostics = olsDiagnostics(onveilig, [x]);
  return {
    intercept: fit.intercept,
    slope: fit.slope,
    slopeStandardError: fit.slopeStandardError,
    slopeP: fit.slopeP,
    r2: fit.r2,
    n: fit.n,
    df: fit.fit.df,
    sigma,
    fitted: fit.fit.fitted,
    residuals: fit.fit.residuals,
    standardized,
    studentized: diagnostics.studentized,
    outlierP: diagnostics.outlierP,
    cooks: diagnostics.cooks,
  };
}

/**
 * The |studentised residual| above which a gemeente is an outlier at family-wise level alpha
 * among n tested (Bonferroni: two-sided α/n on t with n − 3 degrees of freedom for a line):
 * with 141 gemeenten about 3,6 instead of the 2 σ that flags ~6 by chance alone.
 * @param {number} alpha
 * @param {number} n
 */
export const outlierThreshold = (alpha, n) => (n > 3 ? tQuantile(1 - alpha / (2 * n), n - 3) : NaN);

function median(values) {
  const s = values.filter(isNumber).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A label per gemeente: "signsWithoutUnsafety" when its index is above the median of the fitted
 * gemeenten and its standardised residual is at most −threshold; "unsafetyWithoutSigns" when
 * the index is below the median and the residual is at least +threshold; otherwise null.
 */
export function labelResiduals(index, standardized, {threshold}) {
  const fitted = index.filter((v, i) => isNumber(v) && isNumber(standardized[i]));
  const middle = median(fitted);
  return Array.from(index, (v, i) => {
    const r = standardized[i];
    if (!isNumber(v) || !isNumber(r)) return null;
    if (v > middle && r <= -threshold) return "signsWithoutUnsafety";
    if (v < middle && r >= threshold) return "unsafetyWithoutSigns";
    return null;
  });
}

/**
 * The labelled gemeenten by label, most extreme first: "signsWithoutUnsafety" from the most
 * negative residual up, "unsafetyWithoutSigns" from the most positive down.
 * @template {{label: string | null, standardizedResidual: number}} T
 * @param {T[]} rows analysed rows
 */
export function flaggedGemeenten(rows) {
  const withLabel = (label) =>
    rows.filter((d) => d.label === label).sort((a, b) => a.standardizedResidual - b.standardizedResidual);
  return {
    signsWithoutUnsafety: withLabel("signsWithoutUnsafety"),
    unsafetyWithoutSigns: withLabel("unsafetyWithoutSigns").reverse(),
  };
}
