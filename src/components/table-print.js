// Inputs.table draws its rows lazily (a screenful, more on scroll), so paper would get a cut list.
// Every Dutch table registers here; when the page is about to print (beforeprint, or the print
// media query turning on) each one gets a plain table with all its rows, shown only on paper.
import {simpleTable} from "./simple-table.js";

const PRINT_CLASS = "table-print";
const renderers = new WeakMap();

/**
 * Registers `root` (an Inputs.table form with class table-nl) to print `data` whole, each cell
 * through the format the screen table uses for its column: format(column)(value, row index, data).
 */
export function printWhole(root, data, {columns, format, header = {}}) {
  renderers.set(root, () => {
    const rows = Array.from(data ?? []);
    if (!rows.length) return null;
    const names = columns ?? Object.keys(rows[0]);
    const indexed = rows.map((row, index) => ({row, index}));
    return simpleTable(indexed, {
      className: `simple-table ${PRINT_CLASS}`,
      columns: names.map((name) => ({
        key: (d) => d.row[name],
        label: header[name] ?? name,
        format: (value, d) => (value == null ? "" : format(name)(value, d.index, rows)),
      })),
    });
  });
}

/** Adds the print copy to every registered table on the page that lacks one. */
export function preparePrint(doc = document) {
  for (const root of doc.querySelectorAll(".table-nl")) {
    if (root.querySelector(`:scope > .${PRINT_CLASS}`)) continue;
    const copy = renderers.get(root)?.();
    if (copy) {
      root.append(copy);
      root.classList.add("has-print-copy");
    }
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => preparePrint());
  window.matchMedia?.("print").addEventListener?.("change", (event) => event.matches && preparePrint());
}
