// Inputs.select for long lists (343 gemeenten, a gemeente's buurten): the same markup, value and
// events, but its options are made with DOM calls. Inputs renders every option through an htl
// template, ~0,5 ms each: a gemeente list cost ~160 ms of main thread on every page load, before
// the first chart, and again whenever a region choice narrowed the list.
import * as Inputs from "@observablehq/inputs";

let template;
let count = 0;

// Inputs' own form (its namespaced class names, so it looks like every other control), without options.
function emptyForm() {
  template ??= Inputs.select([], {label: "label"});
  const form = /** @type {HTMLFormElement} */ (template.cloneNode(true));
  const select = /** @type {HTMLSelectElement} */ (form.querySelector("select"));
  const label = /** @type {HTMLLabelElement} */ (form.querySelector("label"));
  label.htmlFor = select.id = `${select.className}-fast-${++count}`;
  return {form, select, label};
}

/**
 * Like Inputs.select(data, {label, value, format, multiple, disabled}): the value is an element of
 * `data` (or an array of them when `multiple`; a number for `multiple` is the list's height), null
 * when nothing is selected; setting `value` selects, and an "input" event announces a change.
 * @template T
 * @param {T[]} data
 * @param {{label?: string | Node, value?: T | T[], format?: (d: T, i: number, data: T[]) => string, multiple?: boolean | number, disabled?: boolean}} [options]
 */
export function fastSelect(data, {label, value, format = (d) => String(d), multiple = false, disabled = false} = {}) {
  const items = [...data];
  const {form, select, label: labelElement} = emptyForm();
  if (label == null || label === "") labelElement.remove();
  else labelElement.replaceChildren(label);
  if (multiple) {
    select.multiple = true;
    select.size = typeof multiple === "number" ? multiple : Math.max(1, Math.min(10, items.length));
  }
  select.disabled = disabled;
  const selected = new Set(value === undefined ? [] : multiple ? /** @type {T[]} */ (value) : [value]);
  items.forEach((d, i) => {
    const isSelected = selected.has(d);
    select.add(new Option(format(d, i, items), String(i), isSelected, isSelected));
  });

  let current;
  const read = () =>
    (current = multiple
      ? Array.from(select.selectedOptions, (o) => items[+o.value])
      : select.selectedIndex < 0
        ? null
        : items[+select.value]);
  // A change made by a script (no trusted "input" first) is announced as an input, as Inputs does.
  const announce = () => form.dispatchEvent(new Event("input", {bubbles: true}));
  form.addEventListener("change", announce);
  form.addEventListener("input", (event) => {
    if (event.isTrusted) form.removeEventListener("change", announce);
    read();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  read();

  return Object.defineProperty(form, "value", {
    get: () => current,
    set(next) {
      if (multiple) {
        const wanted = new Set(next);
        for (const option of select.options) option.selected = wanted.has(items[+option.value]);
      } else {
        select.selectedIndex = items.indexOf(next);
      }
      read();
    },
  });
}
