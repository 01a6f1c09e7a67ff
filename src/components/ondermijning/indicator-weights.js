import {html} from "htl";
import {registerSetting} from "../../lib/page-settings.js";
import {readParam, readReported, writeUrl} from "../../lib/url-state.js";
import {WEIGHT_RANGE, isValidWeight, parseWeight, weightText} from "../../lib/ondermijning/weights.js";

export {WEIGHT_RANGE};

/** Query-string keys: the chosen built-in indicators, and one weight per built-in indicator. */
export const INDICATOR_URL_KEY = "indicatoren";
export const weightUrlKey = (id) => `w_${id}`;

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
  const weightSpec = {
    type: "number",
    default: weight,
    validate: isValidWeight,
    invalid: `gewicht buiten ${WEIGHT_RANGE.min}–${WEIGHT_RANGE.max}`,
  };
  const fromUrl = new Set(readReported(INDICATOR_URL_KEY, selectionSpec));
  const isOn = (d) => (d.url ? fromUrl.has(d.id) : selected.includes(d.id));

  const rows = indicators.map((d) => {
    const checkbox = html`<input type="checkbox" id=${`ind-${d.id}`} checked=${isOn(d)} />`;
    const initialWeight = d.url ? readReported(weightUrlKey(d.id), weightSpec) : weight;
    const errorId = `weight-error-${d.id}`;
    // Text, not type=number: a number box refuses the Dutch decimal comma without saying so.
    const number = html`<input
      type="text"
      inputmode="decimal"
      autocomplete="off"
      id=${`weight-${d.id}`}
      value=${weightText(initialWeight)}
      aria-label=${`Gewicht ${d.label}`}
      aria-describedby=${errorId}
      disabled=${!isOn(d)}
    />`;
    const error = html`<span class="indicator-weights-error" id=${errorId} role="alert"></span>`;
    const row = html`<tr class=${d.url ? "" : "indicator-weights-own"}>
      <td>
        <label for=${`ind-${d.id}`} class="indicator-weights-label">${checkbox} ${d.label}</label>
        ${d.note ? html`<span class="indicator-weights-note">${d.note}</span>` : null}
      </td>
      <td>${number} ${error}</td>
    </tr>`;
    return {d, checkbox, number, error, row, weight: initialWeight};
  });

  // A refused entry keeps the indicator in the index with its last accepted weight, and says so
  // next to the box: a ticked indicator never drops out unannounced.
  function readWeights() {
    for (const r of rows) {
      const parsed = parseWeight(r.number.value);
      const refused = r.checkbox.checked && parsed.error !== null;
      if (parsed.error === null) r.weight = parsed.weight;
      r.number.setAttribute("aria-invalid", String(refused));
      r.error.textContent = refused ? `${parsed.error} De index rekent met ${weightText(r.weight)}.` : "";
    }
  }

  const value = () => rows.filter((r) => r.checkbox.checked).map((r) => ({id: r.d.id, weight: r.weight}));

  function writeToUrl() {
    const entries = [
      [INDICATOR_URL_KEY, rows.filter((r) => r.d.url && r.checkbox.checked).map((r) => r.d.id), selectionSpec],
    ];
    for (const r of rows) if (r.d.url) entries.push([weightUrlKey(r.d.id), r.weight, weightSpec]);
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
  let announced = JSON.stringify(value());
  root.addEventListener("input", (event) => {
    if (event.target === root) return;
    event.stopImmediatePropagation();
    for (const r of rows) r.number.disabled = !r.checkbox.checked;
    readWeights();
    showStatus();
    // A refused entry changes nothing: no recomputation, no URL write.
    const current = JSON.stringify(value());
    if (current === announced) return;
    announced = current;
    // history.replaceState costs several ms in Chromium; while typing a weight, write once at the end.
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeToUrl, 120);
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
