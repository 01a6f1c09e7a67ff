import {html} from "htl";
import {fastSelect} from "./fast-select.js";
import {announceAreaNames} from "../lib/carry-region.js";
import {EMPTY_REGION, REGION_FIELDS, gemeenten, normalizeRegion, regionOptions} from "../lib/region.js";
import {registerSetting} from "../lib/page-settings.js";
import {readParam, readReported, reportIgnored, writeUrl} from "../lib/url-state.js";

const LABELS = {
  provincie: "Provincie",
  corop: "COROP-gebied",
  gemeente: "Gemeente",
  size_class: "Gemeentegrootte",
  stedelijkheid: "Stedelijkheid",
};

const NOUNS = {
  provincie: "provincie",
  corop: "COROP-gebied",
  gemeente: "gemeente",
  size_class: "gemeentegrootte",
  stedelijkheid: "stedelijkheidsklasse",
};

const ALL = {
  provincie: "Alle provincies",
  corop: "Alle COROP-gebieden",
  gemeente: "Alle gemeenten",
  size_class: "Alle grootteklassen",
  stedelijkheid: "Alle",
};

/** Default query-string keys; pass {url: {provincie: "p2", …}} for a second filter on one page. */
export const REGION_URL_KEYS = {
  provincie: "provincie",
  corop: "corop",
  gemeente: "gemeente",
  size_class: "grootte",
  stedelijkheid: "stedelijkheid",
};

const integer = new Intl.NumberFormat("nl-NL");

// In the URL every field is text: "" means "all" when the page's initial value is not "all".
const toText = (v) => (v == null ? "" : String(v));
const fromText = (field, text) => (text === "" ? null : field === "stedelijkheid" ? Number(text) : text);

/**
 * A region filter over the gemeenten in `areas` (rows of the areas table; gemeente rows, or any
 * level, reduced to one row per gemeente). Its value is a frozen object
 * {provincie, corop, gemeente, size_class, stedelijkheid} of codes (stedelijkheid a number;
 * null = all), ready for regionPredicate(). Choosing a provincie narrows the COROP and gemeente
 * lists; COROP, size class and stedelijkheid narrow the gemeente list. Bound to the URL unless
 * `url` is false. `fields` limits which selects are shown (hidden fields stay null).
 */
export function regionFilter(areas, {value, url = true, label = "Regio", fields = REGION_FIELDS} = {}) {
  const rows = gemeenten(areas);
  // The "Mijn gemeente" bar names the carried region with these rows' names.
  announceAreaNames(rows);
  const initial = normalizeRegion(rows, {...EMPTY_REGION, ...value});
  const keys = url === false ? null : {...REGION_URL_KEYS, ...(typeof url === "object" ? url : {})};
  const all = regionOptions(rows, EMPTY_REGION);
  const spec = (field) => ({
    type: "string",
    default: toText(initial[field]),
    options: ["", ...all[field].map((d) => String(d.value))],
    invalid: `geen ${NOUNS[field]} in deze gegevens`,
  });

  const fromUrl = {};
  if (keys) {
    for (const field of fields) fromUrl[field] = fromText(field, readReported(keys[field], spec(field)));
  }
  let current = Object.freeze(normalizeRegion(rows, {...initial, ...fromUrl}));
  // Region keys that contradict each other (a gemeente outside the provincie): the first ones win.
  for (const field of keys ? fields : []) {
    if (fromUrl[field] != null && current[field] == null)
      reportIgnored({key: keys[field], text: toText(fromUrl[field]), reason: "past niet bij de andere regiokeuzes"});
  }

  const slots = Object.fromEntries(fields.map((field) => [field, html`<div class="region-filter-field"></div>`]));
  const selects = {};
  const signatures = {};
  const summary = html`<p class="region-filter-summary" role="status"></p>`;
  const reset = html`<button type="button" class="region-filter-reset">Alle regio’s</button>`;

  // Rebuild a select only when its list changed, so the one in use keeps focus.
  function render() {
    const options = regionOptions(rows, current);
    for (const field of fields) {
      const list = options[field];
      const signature = list.map((d) => d.value).join("\u0000");
      if (signatures[field] !== signature) {
        signatures[field] = signature;
        const labels = new Map(list.map((d) => [d.value, d.label]));
        selects[field] = fastSelect([null, ...list.map((d) => d.value)], {
          label: LABELS[field],
          value: current[field],
          format: (v) => (v == null ? ALL[field] : labels.get(v)),
        });
        slots[field].replaceChildren(selects[field]);
      } else if (selects[field].value !== current[field]) {
        selects[field].value = current[field];
      }
    }
    const n = current.gemeente != null ? 1 : options.gemeente.length;
    summary.textContent = `${integer.format(n)} van ${integer.format(rows.length)} gemeenten geselecteerd`;
    reset.disabled = REGION_FIELDS.every((field) => current[field] == null);
  }

  function writeToUrl() {
    if (keys) writeUrl(fields.map((field) => [keys[field], toText(current[field]), spec(field)]));
  }

  function update(next) {
    current = Object.freeze(normalizeRegion(rows, {...EMPTY_REGION, ...next}));
    render();
    writeToUrl();
  }

  const root = html`<fieldset class="region-filter">
    <legend>${label}</legend>
    ${fields.map((field) => slots[field])}
    <div class="region-filter-footer">${summary}${reset}</div>
  </fieldset>`;

  // The inner selects' events stop here; the filter announces one change with its whole value.
  root.addEventListener("input", (event) => {
    if (event.target === root) return;
    event.stopImmediatePropagation();
    const next = {...current};
    for (const field of fields) next[field] = selects[field].value;
    update(next);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  });
  registerSetting(`regio:${label}`, {
    element: root,
    label,
    read: () => ({...current}),
    text: () =>
      fields
        .filter((field) => current[field] != null)
        .map(
          (field) =>
            `${LABELS[field]} ${selects[field]?.querySelector("select")?.selectedOptions?.[0]?.textContent ?? current[field]}`,
        )
        .join(", ") || "heel het land",
  });
  reset.addEventListener("click", () => {
    update(EMPTY_REGION);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  });

  Object.defineProperty(root, "value", {
    get: () => current,
    set: (v) => update(v ?? EMPTY_REGION),
  });

  render();
  writeToUrl();
  return root;
}
