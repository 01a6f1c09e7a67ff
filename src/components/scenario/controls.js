// The scenario's controls, each bound to the URL so that a scenario can be shared as a link:
// buurten, situation year, target class, comparison period and the what-if amounts.
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {numberedClassLabel} from "../../lib/labels.js";
import {DIMENSIONS, LBM_CLASSES} from "../../lib/registry.js";
import {bindUrl} from "../../lib/url-state.js";
import {fastSelect} from "../fast-select.js";
import {range} from "../inputs-nl.js";

/** The URL key of the hand-picked buurten and how it is written. */
export const BUURTEN_URL = Object.freeze({key: "buurten", type: "string[]", default: []});

/** Several buurten of the gemeente (URL key `buurten`); none chosen means every buurt. */
export function buurtPicker(buurten) {
  const names = new Map(buurten.map((b) => [b.code, b.name]));
  const input = fastSelect(
    buurten.map((b) => b.code),
    {
      label: "Buurten (geen keuze = alle)",
      multiple: Math.min(8, Math.max(3, buurten.length)),
      value: [],
      format: (code) => names.get(code) ?? code,
    },
  );
  const {key, ...spec} = BUURTEN_URL;
  return bindUrl(input, key, {id: "scenario-buurten", ...spec, options: [...names.keys()]});
}

/**
 * Situation year, target class and comparison period.
 * @param {{lbm: readonly number[]}} years
 * @param {{year: number, targetClass: number, baseYear: number, endYear: number}} defaults
 */
export function scenarioInputs(years, defaults) {
  const yearSelect = (label, value, key, id) =>
    bindUrl(Inputs.select(years.lbm, {label, value, format: String}), key, {id});
  return {
    yearInput: yearSelect("Uitgangssituatie (jaar)", defaults.year, "jaar", "scenario-year"),
    targetInput: bindUrl(
      Inputs.select(
        LBM_CLASSES.filter((c) => c.value > 1).map((c) => c.value),
        {label: "Doel: elke buurt minstens", value: defaults.targetClass, format: numberedClassLabel},
      ),
      "doel",
      {id: "scenario-target"},
    ),
    baseYearInput: yearSelect("Vergelijkingsperiode van", defaults.baseYear, "van", "scenario-base-year"),
    endYearInput: yearSelect("tot", defaults.endYear, "tot", "scenario-end-year"),
  };
}

/**
 * The what-if sliders, one per dimension (URL keys won, fys, vrz, soc, onv); the value is
 * {won, fys, vrz, soc, onv}.
 * @param {{deltaRange: readonly number[], deltaStep: number}} defaults
 */
export function whatIfInputs({deltaRange, deltaStep}) {
  const inputs = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d.id,
      bindUrl(range(deltaRange, {label: d.label, value: 0, step: deltaStep}), d.id, {
        id: `what-if-${d.id}`,
        validate: (x) => x >= deltaRange[0] && x <= deltaRange[1],
      }),
    ]),
  );
  const form = Inputs.form(inputs);
  const reset = html`<button type="button" class="what-if-reset">Alles op 0</button>`;
  reset.onclick = () => {
    for (const input of Object.values(inputs)) {
      input.value = 0;
      input.dispatchEvent(new Event("input", {bubbles: true}));
    }
  };
  form.classList.add("what-if-controls");
  form.append(reset);
  return form;
}
