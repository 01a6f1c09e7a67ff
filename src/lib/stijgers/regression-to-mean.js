// Risers are selected on a low start score, and a low score is partly bad luck that does not
// repeat: such areas tend to rise anyway (regression to the mean), and every area moves with the
// national shift. This module says how much change and how many risers the start score alone
// predicts, from one regression over all areas of the country: Δafw = a + b·afw(start) + e.
import {normalTwoSidedP} from "../stats/normal.js";
import {isRiser} from "./definition.js";

const RISER = 0;
const fits = new WeakMap();

const normalCdf = (z) => (z < 0 ? normalTwoSidedP(z) / 2 : 1 - normalTwoSidedP(z) / 2);

/** Start afw of every complete pair (area index → start year's afw). */
function startScores(p) {
  const {n, years, afw} = p.scores;
  const b = years.indexOf(p.def.baseYear) * n;
  return Float64Array.from(p.index, (i) => afw[b + i]);
}

// The national regression of Δafw on the start afw, over every complete pair (once per year pair).
function nationalFit(p) {
  if (fits.has(p.index)) return fits.get(p.index);
  const x = startScores(p),
    y = p.delta.afw,
    m = p.m;
  let mx = 0,
    my = 0;
  for (let k = 0; k < m; ++k) ((mx += x[k]), (my += y[k]));
  ((mx /= m), (my /= m));
  let sxx = 0,
    sxy = 0,
    syy = 0;
  for (let k = 0; k < m; ++k) {
    const dx = x[k] - mx,
      dy = y[k] - my;
    ((sxx += dx * dx), (sxy += dx * dy), (syy += dy * dy));
  }
  const slope = sxy / sxx,
    intercept = my - slope * mx;
  const sigma = Math.sqrt(Math.max(0, syy - slope * sxy) / (m - 2));
  const fit = {slope, intercept, sigma, shift: my, correlation: sxy / Math.sqrt(sxx * syy), start: x, n: m};
  fits.set(p.index, fit);
  return fit;
}

/**
 * What the start score alone predicts for the selection (selected start classes in the region):
 * its mean change against the mean change it would have from regression to the mean plus the
 * national shift, and the risers it has against the risers it would have (each area's end score
 * normal around its predicted score with the regression's residual sd, classes by the bounds).
 * Weighted by the pairs' weights (areas or inhabitants). Null when fewer than 3 pairs.
 * @param {any} p engine.classify's result
 * @param {{classLowerBounds: number[], lbmBase: number}} classes provenance.class_lower_bounds (of classes 2–9) and lbm_base
 */
export function regressionToMean(p, {classLowerBounds, lbmBase}) {
  if (!p || p.m < 3) return null;
  const fit = nationalFit(p);
  const lower = classLowerBounds.map((v) => v - lbmBase); // in afw
  // Which end classes make a riser, per start class: the definition asked once, not per area.
  const riserEnds = Array.from({length: 10}, (_, start) =>
    Array.from({length: 9}, (_, c) => isRiser(start, c + 1, p.def)),
  );
  const above = new Float64Array(lower.length); // P(end ≥ class c + 2)
  let weight = 0,
    change = 0,
    expectedChange = 0,
    risers = 0,
    expectedRisers = 0;
  for (let k = 0; k < p.m; ++k) {
    if (!p.region[k] || !p.selected[k]) continue;
    const w = p.w[k],
      start = fit.start[k];
    const predicted = fit.intercept + fit.slope * start;
    weight += w;
    change += w * p.delta.afw[k];
    expectedChange += w * predicted;
    if (p.group[k] === RISER) risers += w;
    for (let c = 0; c < lower.length; ++c) above[c] = 1 - normalCdf((lower[c] - (start + predicted)) / fit.sigma);
    const ends = riserEnds[p.start[k]];
    let chance = 0;
    for (let c = 0; c < 9; ++c) if (ends[c]) chance += (c === 0 ? 1 : above[c - 1]) - (c === 8 ? 0 : above[c]);
    expectedRisers += w * chance;
  }
  if (!(weight > 0)) return null;
  return {
    slope: fit.slope,
    correlation: fit.correlation,
    shift: fit.shift,
    sigma: fit.sigma,
    national: fit.n,
    meanChange: change / weight,
    expectedChange: expectedChange / weight,
    risers,
    expectedRisers,
    selected: weight,
  };
}
