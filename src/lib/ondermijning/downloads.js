// The rows behind each chart and table as the CSV downloads give them: Dutch headers with units,
// labels as text, numbers rounded as the page shows them. Column order is the file's column order.
import {downloadRows} from "../download-table.js";
import {TERCILE_LABELS} from "./labels.js";
import {RESIDUAL_LABELS} from "./residuals.js";

const residualLabel = (label) => (label ? RESIDUAL_LABELS[label] : null);

const RESIDUAL_COLUMNS = [
  {key: "onveilig", header: "Onveilig (%)", digits: 1},
  {key: "respondents", header: "Respondenten (aantal)"},
  {key: "soc", header: "Sociale samenhang soc (afw-punten)", digits: 3},
  {key: "residual", header: "Residu (procentpunt)", digits: 1},
  {key: "standardizedResidual", header: "Residu (× σ)", digits: 2},
];

/**
 * Every correlation with onveiligheid, overall ("all") and per stedelijkheid class.
 * @param {{id: string, group: string | number, r: number | null, lo: number | null, hi: number | null, n: number}[]} correlations
 * @param {(id: string) => string} labelOf
 */
export const correlationDownloadRows = (correlations, labelOf) =>
  downloadRows(correlations, [
    {key: "id", header: "Indicator", value: (d) => labelOf(d.id)},
    {key: "group", header: "Stedelijkheid", value: (d) => (d.group === "all" ? "alle" : d.group)},
    {key: "r", header: "Correlatie r", digits: 3},
    {key: "lo", header: "95%-interval ondergrens", digits: 3},
    {key: "hi", header: "95%-interval bovengrens", digits: 3},
    {key: "n", header: "Gemeenten (aantal)"},
  ]);

/**
 * The ranking with the chosen indicators' raw values, one column per indicator label.
 * @param {any[]} ranked analysed rows by rank
 * @param {{id: string, label: string}[]} chosenIndicators
 */
export const rankingDownloadRows = (ranked, chosenIndicators) =>
  downloadRows(ranked, [
    {key: "rank", header: "Rang"},
    {key: "nationalRank", header: "Rang landelijk"},
    {key: "code", header: "Gemeentecode"},
    {key: "name", header: "Gemeente"},
    {key: "index", header: "Index (gewogen gemiddelde van de gestandaardiseerde indicatoren)", digits: 3},
    ...chosenIndicators.map((c) => ({key: c.id, header: c.label, value: (d) => d.values[c.id], digits: 3})),
    ...RESIDUAL_COLUMNS,
    {key: "label", header: "Opvallend", value: (d) => residualLabel(d.label)},
  ]);

/**
 * Fitted onveiligheid and residuals of the regression on the index.
 * @param {any[]} analysedRows
 */
export const residualDownloadRows = (analysedRows) =>
  downloadRows(analysedRows, [
    {key: "code", header: "Gemeentecode"},
    {key: "name", header: "Gemeente"},
    {key: "index", header: "Index", digits: 3},
    {key: "fitted", header: "Voorspeld onveilig (%)", digits: 1},
    ...RESIDUAL_COLUMNS,
    {key: "label", header: "Opvallend", value: (d) => residualLabel(d.label)},
  ]);

/**
 * The slope of onveiligheid on the index within each samenhang tercile.
 * @param {{group: number, mMin: number | null, mMax: number | null, n: number, slope: number, lo: number, hi: number}[]} slopes
 */
export const slopeDownloadRows = (slopes) =>
  downloadRows(slopes, [
    {key: "group", header: "Sociale samenhang", value: (s) => TERCILE_LABELS[s.group]},
    {key: "mMin", header: "Samenhang soc vanaf (afw-punten)", digits: 3},
    {key: "mMax", header: "Samenhang soc tot en met (afw-punten)", digits: 3},
    {key: "n", header: "Gemeenten (aantal)"},
    {key: "slope", header: "Helling (procentpunt onveilig per punt index)", digits: 2},
    {key: "lo", header: "95%-interval ondergrens", digits: 2},
    {key: "hi", header: "95%-interval bovengrens", digits: 2},
  ]);

/**
 * The map's gemeenten (the region selection, reliable estimate or not) with both mapped values.
 * @param {any[]} rows all analysis rows
 */
export const mapDownloadRows = (rows) =>
  downloadRows(
    rows.filter((d) => d.in_selection),
    [
      {key: "code", header: "Gemeentecode"},
      {key: "name", header: "Gemeente"},
      {key: "reliable", header: "Betrouwbare schatting", value: (d) => (d.reliable ? "ja" : "nee")},
      {key: "index", header: "Index", digits: 3},
      {key: "standardizedResidual", header: "Residu (× σ)", digits: 2},
    ],
  );
