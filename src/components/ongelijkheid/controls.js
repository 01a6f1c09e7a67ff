// The page's controls, each bound to its URL key and element id and starting from the wing's
// DEFAULTS (the years: those the data has, see datasetDefaults). Keys: lbmjaar, sesjaar, niveau,
// lbm, ses, maat, weging, minhh; groep; regiogroep, mingroep; sescut, lbmcut, mingebieden; lisa,
// gewichten, k, permutaties, alpha, correctie, seed.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {range, select} from "../inputs-nl.js";
import {LBM_MEASURE_LABELS, REGION_KIND_LABELS, SES_MEASURE_LABELS, classLabel} from "../../lib/labels.js";
import {LBM_CLASSES, MINIMUM_N} from "../../lib/registry.js";
import {bindUrl} from "../../lib/url-state.js";
import {datasetYears} from "../../lib/dataset-years.js";
import {DEFAULTS, datasetDefaults} from "../../lib/ongelijkheid/defaults.js";
import {
  GROUPINGS,
  LISA_CORRECTION_LABELS,
  LISA_MODE_LABELS,
  LISA_WEIGHT_LABELS,
  METHOD_LABELS,
  REGION_GROUPINGS,
  WEIGHT_LABELS,
  formatAlpha,
} from "../../lib/ongelijkheid/labels.js";
import {LBM_MEASURE_IDS, SES_MEASURE_IDS} from "../../lib/ongelijkheid/queries.js";
import {levelToggle} from "../level-toggle.js";

const radio = (labels, {label, value}, key, id) =>
  bindUrl(Inputs.radio(Object.keys(labels), {label, value, format: (v) => labels[v]}), key, {id});

/** The inputs in a row that wraps (the page's .ses-controls). */
export const controlRow = (inputs) => html`<div class="ses-controls">${Object.values(inputs)}</div>`;

/**
 * Years (those the data has, from provenance.json), level, measures, correlation method, weighting
 * and minimum households.
 * @param {any} provenance
 */
export function selectionInputs(provenance) {
  const years = datasetYears(provenance);
  const {lbmYear, sesYear} = datasetDefaults(years);
  return {
    lbmYear: bindUrl(
      Inputs.select(years.lbm, {label: "Leefbaarometer-jaar", value: lbmYear, format: String}),
      "lbmjaar",
      {
        id: "ses-lbm-year",
      },
    ),
    sesYear: bindUrl(Inputs.select(years.ses, {label: "SES-WOA-jaar", value: sesYear, format: String}), "sesjaar", {
      id: "ses-ses-year",
    }),
    level: levelToggle({value: DEFAULTS.level, id: "ses-level"}),
    lbmMeasure: bindUrl(
      Inputs.select(LBM_MEASURE_IDS, {
        label: "Leefbaarometer-maat",
        value: DEFAULTS.lbmMeasure,
        format: (id) => LBM_MEASURE_LABELS[id],
      }),
      "lbm",
      {id: "ses-lbm-measure"},
    ),
    sesMeasure: bindUrl(
      Inputs.select(SES_MEASURE_IDS, {
        label: "SES-maat",
        value: DEFAULTS.sesMeasure,
        format: (id) => SES_MEASURE_LABELS[id],
      }),
      "ses",
      {id: "ses-ses-measure"},
    ),
    method: radio(METHOD_LABELS, {label: "Correlatie", value: DEFAULTS.method}, "maat", "ses-method"),
    weighting: radio(WEIGHT_LABELS, {label: "Weging", value: DEFAULTS.weighting}, "weging", "ses-weighting"),
    minHouseholds: bindUrl(
      range([0, 1000], {label: "Minimaal aantal huishoudens", step: 10, value: DEFAULTS.minHouseholds}),
      "minhh",
      {id: "ses-min-households"},
    ),
  };
}

/** The grouping of the correlation per group (gemeentegrootte or stedelijkheid). */
export const groupingInput = () =>
  bindUrl(
    Inputs.radio(GROUPINGS, {label: "Groepering", value: DEFAULTS.grouping, format: (id) => REGION_KIND_LABELS[id]}),
    "groep",
    {id: "ses-grouping"},
  );

/** The region kind of the correlation per region. */
export const regionGroupingInput = () =>
  bindUrl(
    Inputs.radio(REGION_GROUPINGS, {
      label: "Regio-indeling",
      value: DEFAULTS.regionGrouping,
      format: (id) => REGION_KIND_LABELS[id],
    }),
    "regiogroep",
    {id: "ses-region-grouping"},
  );

/** The least number of areas a region needs for its correlation to be shown. */
export const minGroupInput = () =>
  bindUrl(
    range([MINIMUM_N.groupCorrelation.n, 100], {
      label: "Minimaal aantal gebieden per regio",
      step: 1,
      value: DEFAULTS.minGroupAreas,
    }),
    "mingroep",
    {
      id: "ses-min-group",
    },
  );

/** The low–low cut-offs and the least number of areas a gemeente needs to be ranked. */
export function quadrantInputs() {
  return {
    sesPercentile: bindUrl(
      range([5, 50], {label: "Lage status: SES onder percentiel", step: 1, value: DEFAULTS.sesPercentile}),
      "sescut",
      {id: "ses-cut"},
    ),
    maxLbmClass: bindUrl(
      Inputs.select(LBM_CLASSES.map((c) => c.value).slice(0, 8), {
        label: "Lage leefbaarheid: klasse t/m",
        value: DEFAULTS.maxLbmClass,
        format: classLabel,
      }),
      "lbmcut",
      {id: "ses-lbm-cut"},
    ),
    minAreas: bindUrl(
      range([1, 50], {label: "Gemeenten met minstens … gebieden", step: 1, value: DEFAULTS.minAreas}),
      "mingebieden",
      {id: "ses-min-areas"},
    ),
  };
}

/** The LISA settings: variant, neighbours, permutations, significance, correction, seed. */
export function lisaInputs() {
  return {
    mode: radio(LISA_MODE_LABELS, {label: "Variant", value: DEFAULTS.lisaMode}, "lisa", "lisa-mode"),
    weights: radio(LISA_WEIGHT_LABELS, {label: "Buren", value: DEFAULTS.lisaWeights}, "gewichten", "lisa-weights"),
    k: bindUrl(range([2, 16], {label: "k (dichtstbijzijnde buren)", step: 1, value: DEFAULTS.lisaK}), "k", {
      id: "lisa-k",
    }),
    permutations: bindUrl(
      select([99, 199, 499, 999, 4999, 9999], {label: "Permutaties", value: DEFAULTS.lisaPermutations}),
      "permutaties",
      {id: "lisa-permutations"},
    ),
    alpha: bindUrl(
      Inputs.select([0.1, 0.05, 0.01, 0.001], {
        label: "Significantieniveau",
        value: DEFAULTS.lisaAlpha,
        format: formatAlpha,
      }),
      "alpha",
      {id: "lisa-alpha"},
    ),
    correction: radio(
      LISA_CORRECTION_LABELS,
      {label: "Meervoudig toetsen", value: DEFAULTS.lisaCorrection},
      "correctie",
      "lisa-correction",
    ),
    seed: bindUrl(Inputs.number({label: "Seed", value: DEFAULTS.lisaSeed, step: 1}), "seed", {id: "lisa-seed"}),
  };
}
