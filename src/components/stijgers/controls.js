// The page's controls, each bound to its URL key and starting from the wing's DEFAULTS (the years:
// those the data has, see datasetDefaults):
//   niveau, basisjaar, eindjaar, start, stijger, drempel, k, daler, weging, uitsplitsing.
import * as Inputs from "@observablehq/inputs";
import {levelToggle} from "../level-toggle.js";
import {classLabel, numberedClassLabel} from "../../lib/labels.js";
import {bindUrl} from "../../lib/url-state.js";
import {BREAKDOWN_OPTION_LABELS} from "../../lib/stijgers/breakdown.js";
import {classesLabel} from "../../lib/stijgers/decomposition.js";
import {DEFAULTS, datasetDefaults} from "../../lib/stijgers/defaults.js";
import {CLASS_VALUES, FALLER_MODES, RISER_MODES, WEIGHTS} from "../../lib/stijgers/definition.js";
import {BREAKDOWNS} from "../../lib/stijgers/queries.js";

const RISER_MODE_LABELS = {threshold: "haalt een eindklasse", gain: "stijgt minstens k klassen"};
const WEIGHT_LABELS = {areas: "elk gebied even zwaar", inhabitants: "naar inwoners"};
const FALLER_MODE_LABELS = {
  lower: "geselecteerd gebied eindigt lager",
  fromSufficient: `was ${classesLabel(DEFAULTS.fallerFromClasses)}, eindigt onder ${classLabel(DEFAULTS.sufficientClass)}`,
};

/**
 * The inputs of the definition: level, years (those the data has), start classes, riser and faller
 * rule, weighting.
 * @param {import("../../lib/dataset-years.js").DatasetYears} years
 */
export function definitionInputs(years) {
  const {baseYear, endYear} = datasetDefaults(years);
  return {
    levelInput: levelToggle({value: DEFAULTS.level, id: "ctl-level"}),
    baseYearInput: bindUrl(
      Inputs.select(years.lbm, {label: "Basisjaar", value: baseYear, format: String}),
      "basisjaar",
      {id: "ctl-base-year"},
    ),
    endYearInput: bindUrl(Inputs.select(years.lbm, {label: "Eindjaar", value: endYear, format: String}), "eindjaar", {
      id: "ctl-end-year",
    }),
    startInput: bindUrl(
      Inputs.checkbox(CLASS_VALUES, {
        label: "Startklassen (basisjaar)",
        value: DEFAULTS.startClasses,
        format: numberedClassLabel,
      }),
      "start",
      {id: "ctl-start"},
    ),
    riserModeInput: bindUrl(
      Inputs.radio(RISER_MODES, {label: "Stijger", value: DEFAULTS.riserMode, format: (m) => RISER_MODE_LABELS[m]}),
      "stijger",
      {id: "ctl-riser-mode"},
    ),
    riserMinClassInput: bindUrl(
      Inputs.select(CLASS_VALUES.slice(1), {
        label: "Eindklasse minstens",
        value: DEFAULTS.riserMinClass,
        format: numberedClassLabel,
      }),
      "drempel",
      {id: "ctl-riser-min"},
    ),
    riserGainInput: bindUrl(
      Inputs.select([1, 2, 3, 4, 5, 6, 7, 8], {label: "k (klassen omhoog)", value: DEFAULTS.riserGain}),
      "k",
      {id: "ctl-riser-k"},
    ),
    fallerModeInput: bindUrl(
      Inputs.radio(FALLER_MODES, {label: "Daler", value: DEFAULTS.fallerMode, format: (m) => FALLER_MODE_LABELS[m]}),
      "daler",
      {id: "ctl-faller-mode"},
    ),
    weightInput: bindUrl(
      Inputs.radio(WEIGHTS, {label: "Weging", value: DEFAULTS.weight, format: (w) => WEIGHT_LABELS[w]}),
      "weging",
      {id: "ctl-weight"},
    ),
  };
}

/** Which grouping the breakdown uses. */
export function breakdownSelect() {
  return bindUrl(
    Inputs.select(Object.keys(BREAKDOWNS), {
      label: "Uitsplitsen naar",
      value: DEFAULTS.breakdown,
      format: (k) => BREAKDOWN_OPTION_LABELS[k],
    }),
    "uitsplitsing",
    {id: "ctl-breakdown"},
  );
}

/**
 * Only the setting that the chosen riser definition uses can be changed.
 * @param {{riserMinClassInput: HTMLElement, riserGainInput: HTMLElement}} inputs @param {string} riserMode
 */
export function enableRiserSetting({riserMinClassInput, riserGainInput}, riserMode) {
  /** @type {HTMLSelectElement} */ (riserMinClassInput.querySelector("select")).disabled = riserMode !== "threshold";
  /** @type {HTMLSelectElement} */ (riserGainInput.querySelector("select")).disabled = riserMode !== "gain";
}
