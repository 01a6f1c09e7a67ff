// The rows of the page's CSV downloads: Dutch headers with units, numbers rounded as the page
// shows them (correlations to 3 decimals, scores to 4, shares as percentages to 1).
import {downloadRows} from "../download-table.js";
import {LBM_MEASURE_LABELS, SES_MEASURE_LABELS} from "../labels.js";

const CORRELATION = [
  {key: "r", header: "Correlatie r", digits: 3},
  {key: "lower", header: "95%-interval ondergrens", digits: 3},
  {key: "upper", header: "95%-interval bovengrens", digits: 3},
  {key: "n", header: "Gebieden (aantal)"},
];

/**
 * The complete cases of the scatter.
 * @param {any[]} rows completeCases(…).rows
 * @param {{sesMeasure: string, lbmMeasure: string}} measures
 */
export const scatterDownload = (rows, {sesMeasure, lbmMeasure}) =>
  downloadRows(rows, [
    {key: "code", header: "Code"},
    {key: "name", header: "Naam"},
    {key: "gemeente_name", header: "Gemeente"},
    {key: sesMeasure, header: `${SES_MEASURE_LABELS[sesMeasure] ?? sesMeasure} (SES-WOA-score)`, digits: 4},
    {key: lbmMeasure, header: `${LBM_MEASURE_LABELS[lbmMeasure] ?? lbmMeasure} (Leefbaarometer)`, digits: 4},
    {key: "households", header: "Huishoudens (aantal)"},
  ]);

/** @param {{label: string, r: number, lower: number, upper: number, fisherLower?: number, fisherUpper?: number, n: number}[]} rows correlations per group; lower/upper is the gemeente-clustered interval */
export const groupDownload = (rows) =>
  downloadRows(rows, [
    {key: "label", header: "Groep"},
    ...CORRELATION,
    {key: "fisherLower", header: "95%-interval ondergrens (Fisher, onafhankelijk)", digits: 3},
    {key: "fisherUpper", header: "95%-interval bovengrens (Fisher, onafhankelijk)", digits: 3},
  ]);

/** @param {{group: string, label: string, r: number, lower: number, upper: number, shrunk?: number | null, shrunkLower?: number | null, shrunkUpper?: number | null, n: number}[]} rows correlations per region */
export const regionDownload = (rows) =>
  downloadRows(rows, [
    {key: "group", header: "Code"},
    {key: "label", header: "Naam"},
    ...CORRELATION,
    {key: "shrunk", header: "Correlatie r na krimp", digits: 3},
    {key: "shrunkLower", header: "Ondergrens na krimp", digits: 3},
    {key: "shrunkUpper", header: "Bovengrens na krimp", digits: 3},
  ]);

/** @param {{lbm: string, ses: string, r: number, n: number}[]} cells correlationMatrixCells(…).cells */
export const matrixDownload = (cells) =>
  downloadRows(cells, [
    {key: "lbm", header: "Leefbaarometer-maat"},
    {key: "ses", header: "SES-WOA-maat"},
    {key: "r", header: "Correlatie r", digits: 3},
    {key: "n", header: "Gebieden (aantal)"},
  ]);

/** @param {any[]} rows spreadLevelRows */
export const spreadDownload = (rows) =>
  downloadRows(rows, [
    {key: "code", header: "Code"},
    {key: "name", header: "Naam"},
    {key: "ses_total", header: "SES-WOA totaalscore", digits: 4},
    {key: "ses_spread", header: "SES-WOA spreiding binnen het gebied", digits: 4},
    {key: "lbm", header: "Leefbaarometer totaalscore", digits: 4},
  ]);

/**
 * @param {any[]} clusters lisaClusters
 * @param {readonly string[]} labels lisaClusterLabels(mode)
 */
export const lisaDownload = (clusters, labels) =>
  downloadRows(clusters, [
    {key: "code", header: "Code"},
    {key: "name", header: "Naam"},
    {key: "gemeente_name", header: "Gemeente"},
    {key: "I", header: "Lokale Moran's I", digits: 3},
    {key: "p", header: "p-waarde (permutaties)", digits: 4},
    {key: "q", header: "p-waarde na FDR-correctie", digits: 4},
    {key: "cluster", header: "Cluster", value: (d) => labels[d.cluster]},
  ]);

/** Low–low shares per gemeente (quadrantShares). */
export const quadrantDownload = (rows) =>
  downloadRows(rows, [
    {key: "code", header: "Gemeentecode"},
    {key: "name", header: "Gemeente"},
    {key: "areas", header: "Gebieden (aantal)"},
    {key: "low_low", header: "Laag–laag (aantal)"},
    {key: "high_lbm_low_ses", header: "Hoge leefbaarheid, lage SES (aantal)"},
    {key: "share_low_low", header: "Laag–laag (%)", scale: 100, digits: 1},
    {key: "share_high_lbm_low_ses", header: "Hoge leefbaarheid, lage SES (%)", scale: 100, digits: 1},
    {key: "ses_cut", header: "SES-grens (SES-WOA-score)", digits: 4},
  ]);

/** The dimension profile of low–low areas and the rest (profileBars). */
export const profileDownload = (rows) =>
  downloadRows(rows, [
    {key: "groep", header: "Groep"},
    {key: "dimensie", header: "Dimensie"},
    {key: "score", header: "Gemiddelde score (afw-punten)", digits: 4},
    {key: "n", header: "Gebieden (aantal)"},
  ]);
