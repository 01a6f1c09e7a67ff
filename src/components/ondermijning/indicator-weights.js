import {html} from "htl";
import {registerSetting} from "../../lib/page-settings.js";
import {readParam, writeUrl} from "../../lib/url-state.js";

export const WEIGHT_RANGE = {min: 0, max: 5, step: 0.5};

/** Query-string keys: the chosen built-in indicators, and one weight per built-in indicator. */
export const INDICATOR_URL_KEY = "indicatoren";
export const weightUrlKey = (id) => `w_${id}`;

const validWeight = (w) => Number.isFinite(w) && w >= WEIGHT_RANGE.min && w <= WEIGHT_RANGE.max;

/**
 * Indicator selection and weights: one row per indicator with a checkbox (#ind-<id>) and a
 * weight (#weight-<id>). Its value is [{id, weight}] for the checked indicators. Indicators
 * with `url: true` (the built-in ones) keep their state in the URL; others (uploaded from a
 * file) never do. Labels are rendered as text. `indicators`: [{id, label, note?, url?}].
 */
export function indicatorWeights(
  indicators,
  {selected = indicators.map((d) => d.id), weight = 1, legend = "Indicatoren en gewichten"} = {},
) {
  const urlIds = indicators.filter((d) => d.url).map((d) => d.id);
  const selectionSpec = {type: "string[]", default: selected.filter((id) => urlIds.includes(id)), options: urlIds};
  const weightSpec = {type: "number", default: weight, validate: validWeight};
  const fromUrl = new Set(readParam(location.search, INDICATOR_URL_KEY, selectionSpec));
  const isOn = (d) => (d.url ? fromUrl.has(d.id) : selected.includes(d.id));

  const rows = indicators.map((d) => {
    const checkbox = html`<input type="checkbox" id=${`ind-${d.id}`} checked=${isOn(d)} />`;
    const initialWeight = d.url ? readParam(location.search, weightUrlKey(d.id), weightSpec) : weight;
    const number = html`<input
      type="number"
      id=${`weight-${d.id}`}
      min=${WEIGHT_RANGE.min}
      max=${WEIGHT_RANGE.max}
      step=${WEIGHT_RANGE.step}
      value=${initialWeight}
      aria-label=${`Gewicht ${d.label}`}
      disabled=${!isOn(d)}
    />`;
    const row = html`<tr class=${d.url ? "" : "indicator-weights-own"}>
      <td>
        <label for=${`ind-${d.id}`} class="indicator-weights-label">${checkbox} ${d.label}</label>
        ${d.note ? html`<span class="indicator-weights-note">${d.note}</span>` : null}
      </td>
      <td>${number}</td>
    </tr>`;
    return {d, checkbox, number, row};
  });

  const readWeight = (number) => {
    const w = number.valueAsNumber;
    return validWeight(w) ? w : null;
  };

  const value = () =>
    rows.filter((r) => r.checkbox.checked).map((r) => ({id: r.d.id, weight: readWeight(r.number) ?? 0}));

  function writeToUrl() {
    const entries = [
      [INDICATOR_URL_KEY, rows.filter((r) => r.d.url && r.checkbox.checked).map((r) => r.d.id), selectionSpec],
    ];
    for (const r of rows) if (r.d.url) entries.push([weightUrlKey(r.d.id), readWeight(r.number) ?? weight, weightSpec]);
    writeUrl(entries);
  }

  let urlTimer;
  const status = html`<p class="indicator-weights-status" role="status"></p>`;
  const showStatus = () => {
    const chosen = value().filter((d) => d.weight > 0);
    status.textContent = chosen.length
      ? `${chosen.length} ${chosen.length === 1 ? "indicator" : "indicatoren"} in de index.`
      : "Kies ten minste één indicator met een gewicht boven 0.";
  };

  const root = html`<fieldset class="indicator-weights" id="indicator-weights">
    <legend>${legend}</legend>
    <table>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Gewicht (${WEIGHT_RANGE.min}–${WEIGHT_RANGE.max})</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => r.row)}
      </tbody>
    </table>
    ${status}
  </fieldset>`;

  // The inner inputs' events stop here; the control announces one change with its whole value.
  root.addEventListener("input", (event) => {
    if (event.target === root) return;
    event.stopImmediatePropagation();
    for (const r of rows) r.number.disabled = !r.checkbox.checked;
    // history.replaceState costs several ms in Chromium; while typing a weight, write once at the end.
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeToUrl, 120);
    showStatus();
    root.dispatchEvent(new Event("input", {bubbles: true}));
  });
  Object.defineProperty(root, "value", {get: value});
  const labelOf = new Map(indicators.map((d) => [d.id, d.label]));
  registerSetting("indicatoren", {
    element: root,
    label: legend,
    read: () => value().map((d) => ({...d, label: labelOf.get(d.id)})),
    text: () =>
      value()
        .map((d) => `${labelOf.get(d.id)} × ${String(d.weight).replace(".", ",")}`)
        .join(", ") || "geen",
  });
  writeToUrl();
  showStatus();
  return root;
}
