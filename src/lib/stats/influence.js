// Checks a regression result against its own data: heteroskedasticity-robust standard errors
// (HC3, MacKinnon & White 1985; recommended for small n by Long & Ervin 2000), leverage, Cook's
// distance and externally studentised residuals with a Bonferroni outlier test (Cook & Weisberg
// 1982; the rule of R's car::outlierTest). For the small designs of the gemeente analyses (a few
// hundred rows, up to five columns), so (X'X)⁻¹ is formed directly.
import {ols} from "./regression.js";
import {tTwoSidedP} from "./student-t.js";
import {isNumber} from "./is-number.js";

/**
 * OLS of y on the columns (with an intercept) over the rows where all are numbers, with
 * diagnostics per row (null on rows left out) and HC3 standard errors per coefficient.
 * @param {ArrayLike<number | null>} y
 * @param {ArrayLike<number | null>[]} columns
 */
export function olsDiagnostics(y, columns) {
  const fit = ols(y, columns);
  const k = columns.length + 1;
  const rows = [];
  for (let i = 0; i < y.length; ++i) if (isNumber(y[i]) && columns.every((c) => isNumber(c[i]))) rows.push(i);
  const n = rows.length;
  const perRow = () => new Array(y.length).fill(null);
  const out = {
    ...fit,
    hc3StandardErrors: new Array(k).fill(NaN),
    hc3P: new Array(k).fill(NaN),
    leverage: perRow(),
    cooks: perRow(),
    studentized: perRow(),
    outlierP: perRow(),
  };
  if (!(fit.df > 1)) return out;
  const design = (i) => [1, ...columns.map((c) => c[i])];
  const xtx = Array.from({length: k}, () => new Float64Array(k));
  for (const i of rows) {
    const d = design(i);
    for (let a = 0; a < k; ++a) for (let b = 0; b < k; ++b) xtx[a][b] += d[a] * d[b];
  }
  const inverse = invert(xtx);
  if (!inverse) return out;
  const sigma2 = fit.sigma ** 2;
  const meat = Array.from({length: k}, () => new Float64Array(k));
  for (const i of rows) {
    const d = design(i);
    const u = inverse.map((row) => row.reduce((s, v, b) => s + v * d[b], 0)); // (X'X)⁻¹ xᵢ
    const h = u.reduce((s, v, a) => s + v * d[a], 0);
    const e = fit.residuals[i];
    out.leverage[i] = h;
    out.cooks[i] = (e * e * h) / (k * sigma2 * (1 - h) ** 2);
    // s₍ᵢ₎²: the residual variance with row i left out.
    const s2 = ((n - k) * sigma2 - (e * e) / (1 - h)) / (n - k - 1);
    const t = e / Math.sqrt(s2 * (1 - h));
    out.studentized[i] = t;
    out.outlierP[i] = Math.min(1, n * tTwoSidedP(t, n - k - 1));
    const scale = (e * e) / (1 - h) ** 2;
    for (let a = 0; a < k; ++a) for (let b = 0; b < k; ++b) meat[a][b] += scale * u[a] * u[b];
  }
  for (let j = 0; j < k; ++j) {
    const se = Math.sqrt(meat[j][j]);
    out.hc3StandardErrors[j] = se;
    out.hc3P[j] = tTwoSidedP(fit.coefficients[j] / se, fit.df);
  }
  return out;
}

// Gauss–Jordan with partial pivoting; null when singular.
function invert(matrix) {
  const k = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({length: k}, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; ++c) {
    let pivot = c;
    for (let r = c + 1; r < k; ++r) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (!(Math.abs(a[pivot][c]) > 1e-12)) return null;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    const p = a[c][c];
    for (let j = 0; j < 2 * k; ++j) a[c][j] /= p;
    for (let r = 0; r < k; ++r) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * k; ++j) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row) => row.slice(k));
}
