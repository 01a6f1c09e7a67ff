// The rows of the page's CSV downloads, with Dutch column names.

/**
 * The complete cases of the scatter.
 * @param {any[]} rows completeCases(…).rows
 * @param {{sesMeasure: string, lbmMeasure: string}} measures
 */
export const scatterDownload = (rows, {sesMeasure, lbmMeasure}) =>
  rows.map((d) => ({
    code: d.code,
    naam: d.name,
    gemeente: d.gemeente_name,
    ses: d[sesMeasure],
    lbm: d[lbmMeasure],
    huishoudens: d.households,
  }));

/** @param {{label: string, r: number, lower: number, upper: number, fisherLower?: number, fisherUpper?: number, n: number}[]} rows correlations per group */
export const groupDownload = (rows) =>
  rows.map(({label, r, lower, upper, fisherLower, fisherUpper, n}) => ({
    groep: label,
    r,
    ondergrens: lower,
    bovengrens: upper,
    ondergrens_fisher: fisherLower ?? null,
    bovengrens_fisher: fisherUpper ?? null,
    n,
  }));

/** @param {{group: string, label: string, r: number, lower: number, upper: number, shrunk?: number | null, shrunkLower?: number | null, shrunkUpper?: number | null, n: number}[]} rows correlations per region */
export const regionDownload = (rows) =>
  rows.map(({group, label, r, lower, upper, shrunk, shrunkLower, shrunkUpper, n}) => ({
    code: group,
    naam: label,
    r,
    ondergrens: lower,
    bovengrens: upper,
    r_na_krimp: shrunk ?? null,
    ondergrens_na_krimp: shrunkLower ?? null,
    bovengrens_na_krimp: shrunkUpper ?? null,
    n,
  }));

/** @param {{lbm: string, ses: string, r: number, n: number}[]} cells correlationMatrixCells(…).cells */
export const matrixDownload = (cells) => cells.map(({lbm, ses, r, n}) => ({lbm_maat: lbm, ses_maat: ses, r, n}));

/** @param {any[]} rows spreadLevelRows */
export const spreadDownload = (rows) =>
  rows.map((d) => ({code: d.code, naam: d.name, ses_totaal: d.ses_total, ses_spreiding: d.ses_spread, lbm: d.lbm}));

/**
 * @param {any[]} clusters lisaClusters
 * @param {readonly string[]} labels lisaClusterLabels(mode)
 */
export const lisaDownload = (clusters, labels) =>
  clusters.map((d) => ({
    code: d.code,
    naam: d.name,
    gemeente: d.gemeente_name,
    lokale_I: d.I,
    p: d.p,
    p_gecorrigeerd: d.q,
    cluster: labels[d.cluster],
  }));
