import {html} from "htl";
import {matchAreas, searchIndex} from "../lib/area-search.js";
import {announceAreaNames} from "../lib/carry-region.js";

let uid = 0;
const LEVEL_NOUN = {gemeente: "gemeente", wijk: "wijk", buurt: "buurt"};

const optionText = (area) =>
  area.level === "gemeente"
    ? `${area.name} (gemeente)`
    : `${area.name} (${LEVEL_NOUN[area.level]} in ${area.gemeente_name})`;

/**
 * A search box for gemeenten and buurten (ARIA 1.2 combobox with a listbox): typing `minLength`
 * characters of a name or code lists matches; arrow keys move through them, Enter chooses,
 * Escape closes the list (and a second Escape empties the box). `onChoose(area)` gets the chosen
 * row of `areas` ({code, name, level, gemeente_code, gemeente_name}); the element's value is that row.
 */
export function areaSearch(
  areas,
  {
    label = "Zoek een gemeente of buurt",
    onChoose = () => {},
    value = null,
    minLength = 3,
    limit = 10,
    placeholder = "naam of code",
  } = {},
) {
  const id = `area-search-${++uid}`;
  // The "Mijn gemeente" bar names the carried gemeente with these rows' names.
  announceAreaNames(areas);
  const index = searchIndex(areas);
  let matches = [];
  let active = -1;
  let current = value;

  const input = html`<input
    id=${id}
    type="text"
    role="combobox"
    autocomplete="off"
    spellcheck="false"
    aria-autocomplete="list"
    aria-expanded="false"
    aria-controls=${`${id}-list`}
    aria-describedby=${`${id}-hint`}
    placeholder=${placeholder}
    value=${value ? value.name : ""}
  />`;
  const list = html`<ul id=${`${id}-list`} role="listbox" aria-label=${label} class="area-search-list" hidden></ul>`;
  const status = html`<p class="area-search-status" role="status" aria-live="polite"></p>`;
  const root = html`<div class="area-search">
    <label for=${id}>${label}</label>
    <div class="area-search-box">${input}${list}</div>
    <p class="area-search-hint" id=${`${id}-hint`}>Typ minstens ${minLength} tekens van een naam of code.</p>
    ${status}
  </div>`;

  function render() {
    list.replaceChildren(
      ...matches.map((area, i) => {
        const option = html`<li
          role="option"
          id=${`${id}-option-${i}`}
          aria-selected=${i === active ? "true" : "false"}
          data-code=${area.code}
        >
          ${optionText(area)}
        </li>`;
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(i));
        return option;
      }),
    );
    const open = matches.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
    list.querySelector('[aria-selected="true"]')?.scrollIntoView?.({block: "nearest"});
  }

  function search() {
    matches = matchAreas(index, input.value, {limit, minLength});
    active = matches.length ? 0 : -1;
    const typed = input.value.trim().length;
    status.textContent =
      typed < minLength
        ? ""
        : matches.length
          ? `${matches.length} ${matches.length === 1 ? "resultaat" : "resultaten"}`
          : "Niets gevonden";
    render();
  }

  function close() {
    matches = [];
    active = -1;
    render();
  }

  function choose(i) {
    const area = matches[i];
    if (!area) return;
    current = area;
    input.value = area.name;
    status.textContent = `Gekozen: ${optionText(area)}`;
    close();
    onChoose(area);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  }

  input.addEventListener("input", (event) => {
    event.stopPropagation();
    search();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!matches.length) return search();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      render();
    } else if (event.key === "Enter") {
      if (matches.length) {
        event.preventDefault();
        choose(Math.max(active, 0));
      }
    } else if (event.key === "Escape") {
      if (matches.length) close();
      else input.value = "";
    }
  });
  input.addEventListener("blur", () => close());

  Object.defineProperty(root, "value", {get: () => current});
  return root;
}
