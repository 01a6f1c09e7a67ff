// The whole ondermijning analysis on the rows of queries.js `safetyWide` (plus uploaded
// indicators): standardise, weight, rank, regress, label residuals, test samenhang as moderator.
import {STEDELIJKHEID} from "../registry.js";
import {compositeIndex, weightShares} from "./composite.js";
import {indicatorCorrelations} from "./correlations.js";
import {interactionModel, interactionRobustness, partialCorrelation, slopesByTercile} from "./moderation.js";
import {competitionRanks, sortByRank} from "./ranking.js";
import {indexRegression, labelResiduals, outlierThreshold} from "./residuals.js";
import {standardize} from "./standardize.js";
import {isNumber} from "../stats/is-number.js";

/**
 * The value of every indicator per row: built-in ones from the row's own column, uploaded ones
 * (with a `values` Map code → number) by gemeentecode.
 * @param {any[]} rows
 * @param {{id: string, values?: Map<string, number | null>}[]} indicators
 */
export function indicatorSeries(rows, indicators) {
  const series = {};
  for (const indicator of indicators) {
    series[indicator.id] = indicator.values
      ? rows.map((row) => indicator.values.get(row.code) ?? null)
      : rows.map((row) => (isNumber(row[indicator.id]) ? row[indicator.id] : null));
  }
  return series;
}

/**
 * @param {any[]} rows one per gemeente: code, name, stedelijkheid, onveilig, respondents, soc, reliable, in_selection, indicators
 * @param {{indicators: any[], weights: {id: string, weight: number}[], method: "z" | "rank", outlierAlpha: number}} options
 *   outlierAlpha: the family-wise level of the Bonferroni outlier test on studentised residuals
 */
export function analyse(rows, {indicators, weights, method, outlierAlpha}) {
  const reference = rows.map((r) => r.reliable === true);
  const analysed = rows.map((r) => r.reliable === true && r.in_selection !== false);
  const raw = indicatorSeries(rows, indicators);
  const scores = {};
  for (const id of Object.keys(raw)) scores[id] = standardize(raw[id], method, {reference});
  const onveilig = rows.map((r) => (r.reliable === true && isNumber(r.onveilig) ? r.onveilig : null));
  const onveiligScore = standardize(onveilig, method, {reference});
  const soc = rows.map((r) => (isNumber(r.soc) ? r.soc : null));

  const index = compositeIndex(scores, weights);
  const inFit = analysed.map((a, i) => a && isNumber(index[i]) && isNumber(onveilig[i]));
  const rank = competitionRanks(index, {include: inFit});
  const nationalRank = competitionRanks(index, {include: reference.map((r, i) => r && isNumber(onveilig[i]))});
  const regression = indexRegression(index, onveilig, {include: inFit});
  const threshold = outlierThreshold(outlierAlpha, regression.n);
  const labels = labelResiduals(index, regression.studentized, {threshold});

  const only = (values) => values.map((v, i) => (inFit[i] ? v : null));
  const chosen = weights.filter((w) => w.weight > 0).map((w) => w.id);
  const correlationSeries = {...scores, index};
  const stedelijkheid = rows.map((r) => r.stedelijkheid);
  const correlations = indicatorCorrelations(correlationSeries, onveiligScore, {
    ids: [...indicators.map((d) => d.id), "index"],
    include: analysed.map((a, i) => a && isNumber(onveilig[i])),
    groupOf: (i) => stedelijkheid[i],
    groups: STEDELIJKHEID.map((d) => d.value),
  });

  const moderation = {
    interaction: interactionModel(onveilig, only(index), soc),
    robustness: interactionRobustness(onveilig, only(index), soc, {
      weights: rows.map((r) => (isNumber(r.respondents) ? r.respondents : null)),
    }),
    partial: partialCorrelation(only(index), onveilig, soc),
    ...slopesByTercile(onveilig, only(index), soc),
  };

  const out = rows.map((row, i) => ({
    ...row,
    values: Object.fromEntries(Object.keys(raw).map((id) => [id, raw[id][i]])),
    scores: Object.fromEntries(Object.keys(scores).map((id) => [id, scores[id][i]])),
    index: index[i],
    rank: rank[i],
    nationalRank: nationalRank[i],
    fitted: regression.fitted[i],
    residual: regression.residuals[i],
    standardizedResidual: regression.standardized[i],
    studentizedResidual: regression.studentized[i],
    outlierP: regression.outlierP[i],
    label: labels[i],
    socTercile: moderation.groups[i],
    analysed: inFit[i],
  }));
  return {
    rows: out,
    chosen,
    regression: {...regression, outlierThreshold: threshold},
    correlations,
    moderation,
    counts: {
      gemeenten: rows.length,
      reliable: reference.filter(Boolean).length,
      selected: rows.filter((r) => r.in_selection !== false).length,
      analysedCandidates: analysed.filter(Boolean).length,
      analysed: inFit.filter(Boolean).length,
      incomplete: analysed.filter((a, i) => a && !isNumber(index[i])).length,
    },
  };
}

/**
 * The analysis and what the page shows of it: the chosen weights as shares, the chosen indicators
 * with their labels (table columns), the rows in the regression, and those rows by rank.
 * @param {any[]} rows marked rows (selection.js `markRows`)
 * @param {{indicators: any[], weights: {id: string, weight: number}[], method: "z" | "rank", outlierAlpha: number, labelOf: (id: string) => string}} options
 */
export function analyseAndRank(rows, {indicators, weights, method, outlierAlpha, labelOf}) {
  const result = analyse(rows, {indicators, weights, method, outlierAlpha});
  const chosen = weightShares(weights);
  const chosenIndicators = chosen.map((d) => ({id: d.id, label: labelOf(d.id)}));
  const analysedRows = result.rows.filter((d) => d.analysed);
  const ranked = sortByRank(analysedRows, (d) => d.rank);
  return {result, chosen, chosenIndicators, analysedRows, ranked};
}
