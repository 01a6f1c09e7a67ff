// Observable Inputs in the site's Dutch locale: tables, searches, selects and ranges write numbers with
// src/lib/format.js (1.294, 0,62, −0,8; years as 2020) and say "Geen resultaten", never "No results".
import * as Inputs from "@observablehq/inputs";
import {printWhole} from "./table-print.js";
import {formatChoice, formatInt, formatTick, formatYear, plural} from "../lib/format.js";
import {formatDecimalInput, parseDecimal} from "../lib/parse-number.js";

const YEAR_COLUMN = /(^|_)(jaar|year)s?$/i;
const NO_RESULTS = "No results.";

/** How a table cell of `column` reads: years as they are, whole numbers grouped, others as ticks. */
export function cellFormat(column) {
  if (YEAR_COLUMN.test(column)) return formatYear;
  return (value) =>
    value == null
      ? ""
      : typeof value === "number"
        ? Number.isInteger(value)
          ? formatInt(value)
          : formatTick(value)
        : typeof value === "bigint"
          ? formatInt(Number(value))
          : value instanceof Date
            ? formatTick(value)
            : String(value);
}

function dutchEmptyText(root) {
  const fix = () => {
    for (const td of root.querySelectorAll("td[rowspan]"))
      if (td.textContent === NO_RESULTS) td.textContent = "Geen resultaten.";
  };
  fix();
  new MutationObserver(fix).observe(root, {childList: true, subtree: true});
}

/**
 * Inputs.table in Dutch. `sticky`: how many leading columns stay in view when the table scrolls
 * sideways (the name columns), 1 by default. On paper every row prints (./table-print.js).
 */
export function table(data, {format = {}, columns, sticky = 1, ...options} = {}) {
  const names = columns ?? (Array.isArray(data) && data.length ? Object.keys(data[0]) : []);
  const formats = {...Object.fromEntries(names.map((c) => [c, cellFormat(c)])), ...format};
  const input = Inputs.table(data, {locale: "nl-NL", format: formats, ...(columns ? {columns} : {}), ...options});
  input.classList.add("table-nl");
  input.dataset.sticky = String(sticky);
  dutchEmptyText(input);
  printWhole(input, data, {columns, header: options.header, format: (c) => formats[c] ?? cellFormat(c)});
  return input;
}

/** Inputs.search that counts "1.294 resultaten". */
export function search(data, options = {}) {
  return Inputs.search(data, {locale: "nl-NL", format: (n) => plural(n, "resultaat", "resultaten"), ...options});
}

/** Inputs.select whose numeric choices read Dutch ("9.999", "0,05") and years stay "2020". */
export function select(values, options = {}) {
  return Inputs.select(values, {format: formatChoice, ...options});
}

/**
 * Inputs.range whose number box writes and accepts a decimal comma ("0,05", also "0.05") in every
 * browser locale: a browser shows <input type=number> in its own locale, an English one "0.05".
 * The native box stays in the form, hidden, so Inputs' own coercion and validation still apply.
 * The box follows "input" events: set `value` and dispatch one, as Framework's own inputs expect.
 */
export function range(extent, options = {}) {
  const input = Inputs.range(extent, options);
  const native = /** @type {HTMLInputElement} */ (input.querySelector("input[type=number]"));
  const box = Object.assign(document.createElement("input"), {
    type: "text",
    inputMode: "decimal",
    id: native.id,
    disabled: native.disabled,
    autocomplete: "off",
  });
  box.setAttribute("name", "number-nl");
  native.removeAttribute("id");
  native.hidden = true;
  native.after(box);
  const [min, max] = extent;
  let typing = false;
  const show = () => {
    if (typing) return;
    box.value = input.value == null ? "" : formatDecimalInput(input.value);
    box.setCustomValidity("");
  };
  input.addEventListener("input", (event) => event.target !== box && show());
  box.addEventListener("input", (event) => {
    event.stopPropagation();
    const v = parseDecimal(box.value);
    if (v == null || v < min || v > max) {
      box.setCustomValidity(`Vul een getal in van ${formatDecimalInput(min)} tot ${formatDecimalInput(max)}`);
      return;
    }
    box.setCustomValidity("");
    input.value = v;
    // The reader is still typing ("0," on the way to "0,5"): the box keeps their text until "change".
    typing = true;
    try {
      input.dispatchEvent(new Event("input", {bubbles: true}));
    } finally {
      typing = false;
    }
  });
  box.addEventListener("change", show);
  show();
  return input;
}
