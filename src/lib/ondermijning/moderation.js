// Is sociale samenhang a moderator of the link between the index and felt unsafety? Tested with
// an interaction term, a partial correlation, and slopes within soc terciles for the chart.
import {fisherInterval, pearson} from "../stats/correlation.js";
import {olsDiagnostics} from "../stats/influence.js";
import {ols, simpleRegression} from "../stats/regression.js";
import {tQuantile} from "../stats/student-t.js";
import {isNumber} from "../stats/is-number.js";

function completeRows(...series) {
  const rows = [];
  for (let i = 0; i < series[0].length; ++i) if (series.every((s) => isNumber(s[i]))) rows.push(i);
  return rows;
}

const mean = (values) => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * y = b0 + b1·x + b2·m + b3·x·m with x and m centred on their means over the complete cases, so
 * b1 is the slope of x at average m. b3 < 0: the index goes less strongly with onveiligheid where
 * samenhang is high. Returns the terms with standard errors, t, p and t-based 95% intervals.
 * With `weights` (e.g. respondents), weighted least squares over the rows that have a positive weight.
 */
export function interactionModel(y, x, m, {level = 0.95, weights = null} = {}) {
  const rows = completeRows(y, x, m).filter((i) => !weights || (isNumber(weights[i]) && weights[i] > 0));
  const mx = rows.length ? mean(rows.map((i) => x[i])) : NaN;
  const mm = rows.length ? mean(rows.map((i) => m[i])) : NaN;
  const yy = rows.map((i) => y[i]);
  const xc = rows.map((i) => x[i] - mx);
  const mc = rows.map((i) => m[i] - mm);
  const fit = ols(yy, [xc, mc, xc.map((v, j) => v * mc[j])], {weights: weights && rows.map((i) => weights[i])});
  const q = tQuantile(1 - (1 - level) / 2, fit.df);
  const names = ["intercept", "index", "samenhang", "interactie"];
  const terms = names.map((name, j) => ({
    name,
    coefficient: fit.coefficients[j],
    standardError: fit.standardErrors[j],
    t: fit.t[j],
    p: fit.p[j],
    lo: fit.coefficients[j] - q * fit.standardErrors[j],
    hi: fit.coefficients[j] + q * fit.standardErrors[j],
  }));
  return {n: fit.n, df: fit.df, r2: fit.r2, centres: {x: mx, m: mm}, terms, interaction: terms[3]};
}

/**
 * Does the interaction survive the checks a careful reader would make? HC3 standard errors (no
 * assumption of equal variance), a refit without the influential gemeenten (Cook's distance
 * above 4/n, the usual screen) and, where the estimates carry respondent counts, a fit weighted
 * by them (a gemeente estimated from 300 respondents counts less than one from 3.000).
 * `survives` only when the classical test and every check give p < alpha with the same sign.
 * @param {ArrayLike<number | null>} y
 * @param {ArrayLike<number | null>} x
 * @param {ArrayLike<number | null>} m
 * @param {{alpha?: number, weights?: ArrayLike<number | null> | null}} [options]
 * @returns {{hc3P: number, hc3StandardError: number, influential: {index: number, cooks: number}[], cutoff: number, without: {coefficient: number, p: number, n: number}, weighted: {coefficient: number, p: number, n: number} | null, survives: boolean}}
 *   influential: row indexes into the inputs, most influential first; weighted: null without weights
 */
export function interactionRobustness(y, x, m, {alpha = 0.05, weights = null} = {}) {
  const rows = completeRows(y, x, m);
  const mx = rows.length ? mean(rows.map((i) => x[i])) : NaN;
  const mm = rows.length ? mean(rows.map((i) => m[i])) : NaN;
  const xc = rows.map((i) => x[i] - mx);
  const mc = rows.map((i) => m[i] - mm);
  const fit = olsDiagnostics(
    rows.map((i) => y[i]),
    [xc, mc, xc.map((v, j) => v * mc[j])],
  );
  const cutoff = 4 / rows.length;
  const influential = rows
    .map((index, j) => ({index, cooks: fit.cooks[j]}))
    .filter((d) => d.cooks > cutoff)
    .sort((a, b) => b.cooks - a.cooks);
  const drop = new Set(influential.map((d) => d.index));
  const keep = (values) => Array.from(values, (v, i) => (drop.has(i) ? null : v));
  const refit = interactionModel(keep(y), keep(x), keep(m)).interaction;
  const without = {coefficient: refit.coefficient, p: refit.p, n: rows.length - drop.size};
  const hasWeights = weights != null && rows.some((i) => isNumber(weights[i]) && weights[i] > 0);
  const weightedFit = hasWeights ? interactionModel(y, x, m, {weights}) : null;
  const weighted = weightedFit && {
    coefficient: weightedFit.interaction.coefficient,
    p: weightedFit.interaction.p,
    n: weightedFit.n,
  };
  const sign = Math.sign(fit.coefficients[3]);
  const holds = (check) => check.p < alpha && Math.sign(check.coefficient) === sign;
  const survives = fit.p[3] < alpha && fit.hc3P[3] < alpha && holds(without) && (!weighted || holds(weighted));
  return {
    hc3P: fit.hc3P[3],
    hc3StandardError: fit.hc3StandardErrors[3],
    influential,
    cutoff,
    without,
    weighted,
    survives,
  };
}

/** Partial correlation of x and y given z, with a Fisher-z interval on n − 1 effective cases. */
export function partialCorrelation(x, y, z, level = 0.95) {
  const rows = completeRows(x, y, z);
  const pick = (s) => rows.map((i) => s[i]);
  const [xs, ys, zs] = [pick(x), pick(y), pick(z)];
  const rxy = pearson(xs, ys).r,
    rxz = pearson(xs, zs).r,
    ryz = pearson(ys, zs).r;
  const r = (rxy - rxz * ryz) / Math.sqrt((1 - rxz ** 2) * (1 - ryz ** 2));
  const n = rows.length;
  // One variable partialled out costs one degree of freedom: SE = 1/sqrt(n − 3 − 1).
  const [lo, hi] = fisherInterval(r, n - 1, level);
  return {
    r: Number.isFinite(r) ? r : null,
    n,
    lo: Number.isFinite(lo) ? lo : null,
    hi: Number.isFinite(hi) ? hi : null,
  };
}

/**
 * Tercile group (0 = low, 1 = middle, 2 = high) of each value of m among the complete cases:
 * sorted, split into three groups as equal as possible (ties at a boundary go to the lower group).
 */
export function terciles(m) {
  const rows = completeRows(m).sort((a, b) => m[a] - m[b]);
  const groups = new Array(m.length).fill(null);
  const n = rows.length;
  rows.forEach((i, position) => (groups[i] = Math.min(2, Math.floor((3 * position) / n))));
  // Keep equal values in one group.
  for (let p = 1; p < n; ++p) if (m[rows[p]] === m[rows[p - 1]]) groups[rows[p]] = groups[rows[p - 1]];
  return groups;
}

/** Slope of y on x within each tercile of m: {groups (per row), slopes: [{group, n, slope, lo, hi, intercept, mMin, mMax}]}. */
export function slopesByTercile(y, x, m, {level = 0.95} = {}) {
  const complete = new Set(completeRows(y, x, m));
  const groups = terciles(Array.from(m, (v, i) => (complete.has(i) ? v : null)));
  const slopes = [0, 1, 2].map((group) => {
    const keep = (v, i) => (groups[i] === group ? v : null);
    const fit = simpleRegression(Array.from(x, keep), Array.from(y, keep));
    const q = tQuantile(1 - (1 - level) / 2, fit.fit.df);
    const members = [...complete].filter((i) => groups[i] === group).map((i) => m[i]);
    return {
      group,
      n: fit.n,
      slope: fit.slope,
      intercept: fit.intercept,
      lo: fit.slope - q * fit.slopeStandardError,
      hi: fit.slope + q * fit.slopeStandardError,
      mMin: members.length ? Math.min(...members) : null,
      mMax: members.length ? Math.max(...members) : null,
    };
  });
  return {groups, slopes};
}
