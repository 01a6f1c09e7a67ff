// Sorting and searching for a plain HTML table that is longer than a screen: every column header
// becomes a button that sorts the rows (again: the other way round), and a search box hides rows
// whose first two cells do not contain the text. Cells sort by data-value when they have one
// (numbers), otherwise by their text in Dutch order; empty values always go last.
import {plural} from "../lib/format.js";

const collator = new Intl.Collator("nl", {numeric: true, sensitivity: "base"});

function sortKey(cell) {
  const raw = cell?.dataset.value;
  if (raw != null && raw !== "" && Number.isFinite(Number(raw))) return Number(raw);
  const text = cell?.textContent.trim() ?? "";
  return text === "" || text === "–" ? null : text;
}

function compare(a, b) {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
}

/**
 * Makes `table`'s columns sortable and its rows searchable; returns a wrapper with the search box
 * above `container` (the element that holds the table, e.g. its scrolling box).
 * @param {HTMLTableElement} table
 * @param {{searchLabel?: string, container?: Element}} [options]
 */
export function sortableRows(table, {searchLabel = "Zoeken", container = table} = {}) {
  const tbody = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  headers.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ranking-sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const h of headers) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const rows = [...tbody.rows].map((row) => ({row, key: sortKey(row.cells[column])}));
      rows.sort((a, b) =>
        a.key == null || b.key == null ? compare(a.key, b.key) : (ascending ? 1 : -1) * compare(a.key, b.key),
      );
      tbody.append(...rows.map((d) => d.row));
    });
  });

  const wrapper = document.createElement("div");
  wrapper.className = "sortable-table";
  const label = document.createElement("label");
  label.className = "ranking-search";
  const input = document.createElement("input");
  input.type = "search";
  input.placeholder = searchLabel;
  input.setAttribute("aria-label", searchLabel);
  const count = document.createElement("span");
  count.className = "ranking-search-count";
  count.setAttribute("aria-live", "polite");
  label.append(input, " ", count);
  input.addEventListener("input", () => {
    const needle = input.value.trim().toLocaleLowerCase("nl");
    let shown = 0;
    for (const row of tbody.rows) {
      const text = `${row.cells[0]?.textContent ?? ""} ${row.cells[1]?.textContent ?? ""}`.toLocaleLowerCase("nl");
      const hit = !needle || text.includes(needle);
      row.hidden = !hit;
      shown += hit ? 1 : 0;
    }
    count.textContent = needle ? plural(shown, "gemeente", "gemeenten") : "";
  });
  wrapper.append(label, container);
  return wrapper;
}
