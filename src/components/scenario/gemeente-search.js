// The scenario's gemeente, chosen with the platform's typed search (components/area-search.js):
// a gemeente opens that gemeente; a buurt opens its gemeente with that buurt among the hand-picked
// buurten (URL key `buurten`, read by buurtPicker when it is built for the gemeente).
import {html} from "htl";
import {bindUrl, readUrl, writeUrl} from "../../lib/url-state.js";
import {pickedAfterChoice} from "../../lib/scenario/choice.js";
import {areaSearch} from "../area-search.js";
import {BUURTEN_URL} from "./controls.js";

/**
 * An element whose value is the chosen gemeente's code (null until one is chosen), bound to the URL
 * key `gemeente`, for `view(gemeenteSearch(rows, {id}))`.
 * @param {{code: string, name: string, level: string, gemeente_code: string}[]} areas rows of searchAreas()
 * @param {{id: string, label?: string, minLength?: number}} options
 */
export function gemeenteSearch(areas, {id, label = "Zoek een gemeente of buurt", minLength}) {
  const gemeenten = new Map(areas.filter((a) => a.level === "gemeente").map((a) => [a.code, a]));
  let code = null;
  const search = areaSearch(areas, {
    label,
    minLength,
    onChoose: (area) => {
      // Before the gemeente changes: its buurt picker is built next and reads the URL.
      const picked = pickedAfterChoice(area, {gemeente: code, picked: readUrl(BUURTEN_URL.key, BUURTEN_URL)});
      writeUrl([[BUURTEN_URL.key, picked, BUURTEN_URL]]);
      code = area.gemeente_code;
    },
  });
  const text = /** @type {HTMLInputElement} */ (search.querySelector("input"));
  const root = html`<div class="scenario-gemeente">${search}</div>`;
  Object.defineProperty(root, "value", {
    get: () => code,
    set: (next) => {
      code = next ?? null;
      text.value = gemeenten.get(code)?.name ?? "";
    },
  });
  return bindUrl(root, "gemeente", {id, type: "string", default: null, options: [...gemeenten.keys()]});
}
