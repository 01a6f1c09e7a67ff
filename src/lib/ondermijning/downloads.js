// The rows behind each chart and table as the CSV downloads give them: Dutch column names, labels
// as text. Column order is the file's column order.
import {TERCILE_LABELS} from "./labels.js";
import {RESIDUAL_LABELS} from "./residuals.js";

const residualLabel = (label) => (label ? RESIDUAL_LABELS[label] : null);

/**
 * Every correlation with onveiligheid, overall ("all") and per stedelijkheid class.
 * @param {{id: string, group: string | number, r: number | null, lo: number | null, hi: number | null, n: number}[]} correlations
 * @param {(id: string) => string} labelOf
 */
export const correlationDownloadRows = (correlations, labelOf) =>
  correlations.map((d) => ({
    indicator: labelOf(d.id),
    stedelijkheid: d.group,
    r: d.r,
    ci_laag: d.lo,
    ci_hoog: d.hi,
    n: d.n,
  }));

/**
 * The ranking with the chosen indicators' raw values, one column per indicator label.
 * @param {any[]} ranked analysed rows by rank
 * @param {{id: string, label: string}[]} chosenIndicators
 */
export const rankingDownloadRows = (ranked, chosenIndicators) =>
  ranked.map((d) => ({
    rang: d.rank,
    rang_landelijk: d.nationalRank,
    gemeentecode: d.code,
    gemeente: d.name,
    index: d.index,
    ...Object.fromEntries(chosenIndicators.map((c) => [c.label, d.values[c.id]])),
    onveilig_pct: d.onveilig,
    respondenten: d.respondents,
    samenhang_soc: d.soc,
    residu: d.residual,
    residu_sigma: d.standardizedResidual,
    label: residualLabel(d.label),
  }));

/**
 * Fitted onveiligheid and residuals of the regression on the index.
 * @param {any[]} analysedRows
 */
export const residualDownloadRows = (analysedRows) =>
  analysedRows.map((d) => ({
    gemeentecode: d.code,
    gemeente: d.name,
    index: d.index,
    onveilig_pct: d.onveilig,
    samenhang_soc: d.soc,
    voorspeld: d.fitted,
    residu: d.residual,
    residu_sigma: d.standardizedResidual,
    label: residualLabel(d.label),
  }));

/**
 * The slope of onveiligheid on the index within each samenhang tercile.
 * @param {{group: number, mMin: number | null, mMax: number | null, n: number, slope: number, lo: number, hi: number}[]} slopes
 */
export const slopeDownloadRows = (slopes) =>
  slopes.map((s) => ({
    samenhang: TERCILE_LABELS[s.group],
    soc_min: s.mMin,
    soc_max: s.mMax,
    n: s.n,
    helling: s.slope,
    ci_laag: s.lo,
    ci_hoog: s.hi,
  }));

/**
 * The map's gemeenten (the region selection, reliable estimate or not) with both mapped values.
 * @param {any[]} rows all analysis rows
 */
export const mapDownloadRows = (rows) =>
  rows
    .filter((d) => d.in_selection)
    .map((d) => ({
      gemeentecode: d.code,
      gemeente: d.name,
      betrouwbaar: d.reliable,
      index: d.index,
      residu_sigma: d.standardizedResidual,
    }));
