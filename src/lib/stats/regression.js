// Least squares by Householder QR (stable on ill-conditioned designs such as NIST's Longley data),
// ordinary or weighted.
import {tTwoSidedP} from "./student-t.js";
import {isNumber} from "./is-number.js";

/**
 * OLS of y on the given predictor columns, with an intercept.
 * Rows where y or any predictor is null/NaN are dropped and counted in `dropped`.
 * residuals and fitted have the length of y, with null on dropped rows, so they line up with the input.
 * With `weights`, weighted least squares (each row's squared residual counts w times, e.g. w =
 * respondents behind an estimate); rows without a positive weight are dropped too. R² is then the
 * weighted R² (1 − Σw·e² / Σw·(y − ȳw)²); residuals and fitted stay on the scale of y.
 * @param {ArrayLike<number | null>} y
 * @param {ArrayLike<number | null>[]} [columns]
 * @param {{weights?: ArrayLike<number | null> | null}} [options]
 */
export function ols(y, columns = [], {weights = null} = {}) {
  const k = columns.length + 1;
  const rows = [];
  for (let i = 0; i < y.length; ++i) {
    if (!isNumber(y[i])) continue;
    if (weights && !(isNumber(weights[i]) && weights[i] > 0)) continue;
    let ok = true;
    for (let j = 0; ok && j < columns.length; ++j) ok = isNumber(columns[j][i]);
    if (ok) rows.push(i);
  }
  const n = rows.length,
    dropped = y.length - n,
    df = n - k;
  const names = ["intercept", ...columns.map((_, j) => `x${j + 1}`)];
  const empty = {
    coefficients: new Array(k).fill(NaN),
    standardErrors: new Array(k).fill(NaN),
    t: new Array(k).fill(NaN),
    p: new Array(k).fill(NaN),
    residuals: new Array(y.length).fill(null),
    fitted: new Array(y.length).fill(null),
    r2: NaN,
    adjustedR2: NaN,
    sigma: NaN,
    n,
    dropped,
    df,
    names,
  };
  if (df < 1) return empty;

  // Column-major design matrix, so the QR sweeps run over contiguous arrays.
  // Weighted least squares is OLS on rows scaled by √w (the intercept column too).
  const scale = Float64Array.from(rows, (i) => (weights ? Math.sqrt(/** @type {number} */ (weights[i])) : 1));
  const X = Array.from({length: k}, (_, j) => {
    const col = new Float64Array(n);
    if (j === 0) col.set(scale);
    else for (let r = 0, c = columns[j - 1]; r < n; ++r) col[r] = scale[r] * c[rows[r]];
    return col;
  });
  const qy = new Float64Array(n);
  for (let r = 0; r < n; ++r) qy[r] = scale[r] * y[rows[r]];
  const R = householder(X, qy, n, k);
  if (!R) return empty;

  const beta = backSubstitute(R, qy, k);
  const rInv = invertUpper(R, k);
  let sse = 0;
  for (let i = k; i < n; ++i) sse += qy[i] * qy[i];
  const sigma2 = sse / df;

  let mean = 0,
    totalWeight = 0;
  rows.forEach((i, r) => {
    mean += scale[r] ** 2 * y[i];
    totalWeight += scale[r] ** 2;
  });
  mean /= totalWeight;
  let sst = 0;
  const residuals = new Array(y.length).fill(null),
    fitted = new Array(y.length).fill(null);
  rows.forEach((i, r) => {
    let f = beta[0];
    for (let j = 1; j < k; ++j) f += beta[j] * columns[j - 1][i];
    fitted[i] = f;
    residuals[i] = y[i] - f;
    sst += scale[r] ** 2 * (y[i] - mean) ** 2;
  });

  const standardErrors = [],
    t = [],
    p = [];
  for (let j = 0; j < k; ++j) {
    let v = 0; // diag of (X'X)^-1 = R^-1 R^-T
    for (let c = j; c < k; ++c) v += rInv[j][c] ** 2;
    const se = Math.sqrt(sigma2 * v);
    standardErrors.push(se);
    t.push(beta[j] / se);
    p.push(tTwoSidedP(beta[j] / se, df));
  }
  const r2 = sst > 0 ? 1 - sse / sst : NaN;
  return {
    coefficients: beta,
    standardErrors,
    t,
    p,
    residuals,
    fitted,
    r2,
    adjustedR2: 1 - ((1 - r2) * (n - 1)) / df,
    sigma: Math.sqrt(sigma2),
    n,
    dropped,
    df,
    names,
  };
}

/** Straight line y = intercept + slope·x, with the same null handling as ols. */
export function simpleRegression(x, y) {
  const fit = ols(y, [x]);
  return {
    intercept: fit.coefficients[0],
    slope: fit.coefficients[1],
    slopeStandardError: fit.standardErrors[1],
    slopeP: fit.p[1],
    r2: fit.r2,
    n: fit.n,
    dropped: fit.dropped,
    fit,
  };
}

/**
 * Standardised coefficients of y on the columns (every variable as a z-score), with R², over the
 * rows where all are numbers: the slopes ols gives on z-scores, solved from the correlation matrix
 * in two passes over the data instead of a QR of the full design (13,000 rows on every change).
 */
export function standardizedRegression(y, columns) {
  const vars = [...columns, y],
    k = columns.length,
    m = k + 1;
  const rows = [];
  for (let i = 0; i < y.length; ++i) if (vars.every((v) => isNumber(v[i]))) rows.push(i);
  const n = rows.length;
  const means = vars.map((v) => rows.reduce((s, i) => s + v[i], 0) / n);
  const cross = Array.from({length: m}, () => new Float64Array(m));
  const centred = new Float64Array(m);
  for (const i of rows) {
    for (let a = 0; a < m; ++a) centred[a] = vars[a][i] - means[a];
    for (let a = 0; a < m; ++a) for (let b = a; b < m; ++b) cross[a][b] += centred[a] * centred[b];
  }
  const r = (a, b) => (a <= b ? cross[a][b] : cross[b][a]) / Math.sqrt(cross[a][a] * cross[b][b]);
  // Gaussian elimination with partial pivoting on [Rxx | rxy].
  const A = Array.from({length: k}, (_, a) => [...Array.from({length: k}, (_, b) => r(a, b)), r(a, k)]);
  for (let c = 0; c < k; ++c) {
    const pivot = A.slice(c).reduce((best, row, j) => (Math.abs(row[c]) > Math.abs(A[best][c]) ? c + j : best), c);
    [A[c], A[pivot]] = [A[pivot], A[c]];
    if (!(Math.abs(A[c][c]) > 1e-12)) return {coefficients: new Array(k).fill(NaN), r2: NaN, n};
    for (let j = c + 1; j < k; ++j) {
      const f = A[j][c] / A[c][c];
      for (let b = c; b <= k; ++b) A[j][b] -= f * A[c][b];
    }
  }
  const coefficients = new Array(k);
  for (let c = k - 1; c >= 0; --c) {
    let s = A[c][k];
    for (let b = c + 1; b < k; ++b) s -= A[c][b] * coefficients[b];
    coefficients[c] = s / A[c][c];
  }
  const r2 = coefficients.reduce((s, b, j) => s + b * r(j, k), 0);
  return {coefficients, r2, n};
}

// In-place Householder QR of column-major X; applies Q' to y; returns R as rows (upper triangle) or null if rank-deficient.
function householder(X, y, n, k) {
  const R = Array.from({length: k}, () => new Float64Array(k));
  let scale = 0;
  for (let j = 0; j < k; ++j) for (let i = 0; i < n; ++i) scale = Math.max(scale, Math.abs(X[j][i]));
  for (let j = 0; j < k; ++j) {
    const col = X[j];
    // Scaled sum of squares: as safe from overflow as a running Math.hypot, and many times faster.
    let big = 0;
    for (let i = j; i < n; ++i) big = Math.max(big, Math.abs(col[i]));
    let sum = 0;
    if (big > 0) for (let i = j; i < n; ++i) sum += (col[i] / big) ** 2;
    const norm = big * Math.sqrt(sum);
    if (norm <= 1e-13 * Math.max(1, scale) * Math.sqrt(n)) return null;
    const alpha = col[j] > 0 ? -norm : norm;
    col[j] -= alpha; // v = x - alpha e1, stored in place
    let vv = 0;
    for (let i = j; i < n; ++i) vv += col[i] * col[i];
    const reflect = (target) => {
      let s = 0;
      for (let i = j; i < n; ++i) s += col[i] * target[i];
      const f = (2 * s) / vv;
      for (let i = j; i < n; ++i) target[i] -= f * col[i];
    };
    for (let c = j + 1; c < k; ++c) reflect(X[c]);
    reflect(y);
    R[j][j] = alpha;
    for (let c = j + 1; c < k; ++c) R[j][c] = X[c][j];
  }
  return R;
}

function backSubstitute(R, qy, k) {
  const b = new Array(k).fill(0);
  for (let j = k - 1; j >= 0; --j) {
    let s = qy[j];
    for (let c = j + 1; c < k; ++c) s -= R[j][c] * b[c];
    b[j] = s / R[j][j];
  }
  return b;
}

function invertUpper(R, k) {
  const inv = Array.from({length: k}, () => new Float64Array(k));
  for (let j = k - 1; j >= 0; --j) {
    inv[j][j] = 1 / R[j][j];
    for (let c = j + 1; c < k; ++c) {
      let s = 0;
      for (let m = j + 1; m <= c; ++m) s += R[j][m] * inv[m][c];
      inv[j][c] = -s / R[j][j];
    }
  }
  return inv;
}
