// The headline cards of the page: the correlation of the chosen measures, and the correlations of
// SES level and SES spread with livability.
import {html} from "htl";
import {formatDecimal, formatInt, formatInterval} from "../../lib/format.js";
import {LBM_MEASURE_LABELS, SES_MEASURE_LABELS, countNoun} from "../../lib/labels.js";
import {CLUSTERED_INTERVAL_NAME, METHOD_LABELS, intervalName} from "../../lib/ongelijkheid/labels.js";
import {kpi, kpiGrid} from "../kpi.js";

const formatR = (r) => `r = ${formatDecimal(r, 2)}`;

/**
 * Correlation (#ses-r, with data-n, data-lower/-upper: the gemeente-clustered interval, and
 * data-naive-lower/-upper: Fisher's), number of areas (#ses-n, and #ses-dropped) and the
 * regression slope.
 * @param {{r: number, n: number, lower: number, upper: number, effectiveN: number}} main
 * @param {{slope: number, r2: number}} line simpleRegression of LBM on SES
 * @param {{method: string, weighted: boolean, dropped: number, noun: string, sesMeasure: string, lbmMeasure: string, clustered: {lower: number, upper: number, effectiveN: number, clusters: number}}} view
 */
export function correlationKpis(main, line, {method, weighted, dropped, noun, sesMeasure, lbmMeasure, clustered}) {
  const correlation = kpi({
    id: "ses-r",
    title: `${METHOD_LABELS[method]}-correlatie`,
    value: main.r,
    format: formatR,
    note: html`95%-interval <strong>${formatInterval([clustered.lower, clustered.upper])}</strong>
      (${CLUSTERED_INTERVAL_NAME}: ${formatInt(clustered.clusters)} gemeenten, effectief ongeveer
      ${formatInt(clustered.effectiveN)} onafhankelijke ${noun}).
      <span class="naive-interval"
        >Als elk gebied onafhankelijk telde: ${formatInterval([main.lower, main.upper])}
        (${intervalName(method)}${weighted ? `, effectieve n = ${formatInt(main.effectiveN)}` : ""}).</span
      >`,
    data: {
      n: main.n,
      lower: clustered.lower,
      upper: clustered.upper,
      naiveLower: main.lower,
      naiveUpper: main.upper,
      effectiveN: clustered.effectiveN,
    },
  });
  return kpiGrid(
    correlation,
    kpi({
      id: "ses-n",
      title: "Gebieden",
      value: main.n,
      format: formatInt,
      note: html`${noun} met beide scores;
        <span id="ses-dropped" data-value=${dropped}>${formatInt(dropped)}</span> ${noun} zonder
        ${SES_MEASURE_LABELS[sesMeasure]} (onderdrukt of te klein) tellen niet mee.`,
    }),
    kpi({
      title: "Regressielijn",
      value: line.slope,
      format: (slope) => formatDecimal(slope, 3),
      note: `verandering in ${LBM_MEASURE_LABELS[lbmMeasure].toLowerCase()} per punt ${SES_MEASURE_LABELS[sesMeasure].toLowerCase()} (kleinste kwadraten, ongewogen); R² = ${formatDecimal(line.r2, 2)}`,
    }),
  );
}

/**
 * SES level and LBM (#ses-level-r), SES spread and LBM (#ses-spread-r), spread and level.
 * @param {{correlations: {levelLbm: any, spreadLbm: any, spreadLevel: any}, regression: {coefficients: number[], r2: number}}} spread levelAndSpread
 * @param {string} noun
 */
export function spreadKpis({correlations: {levelLbm, spreadLbm, spreadLevel}, regression}, noun) {
  return kpiGrid(
    kpi({
      id: "ses-level-r",
      title: "Niveau en leefbaarheid",
      value: levelLbm.r,
      format: formatR,
      note: `95%: ${formatInterval([levelLbm.lower, levelLbm.upper])}; gestandaardiseerd effect naast spreiding: ${formatDecimal(regression.coefficients[0], 2)}`,
    }),
    kpi({
      id: "ses-spread-r",
      title: "Spreiding en leefbaarheid",
      value: spreadLbm.r,
      format: formatR,
      note: `95%: ${formatInterval([spreadLbm.lower, spreadLbm.upper])}; gestandaardiseerd effect naast niveau: ${formatDecimal(regression.coefficients[1], 2)}`,
    }),
    kpi({
      title: "Spreiding en niveau",
      value: spreadLevel.r,
      format: formatR,
      note: `over ${countNoun(spreadLevel.n, noun)}; R² van beide samen: ${formatDecimal(regression.r2, 2)}`,
    }),
  );
}
