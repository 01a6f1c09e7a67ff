import {formatDecimal} from "../../lib/format.js";
import {isFocus} from "../../lib/ondermijning/focus.js";
import {sortableRows} from "../table-sort.js";
import {focusNote} from "./focus-note.js";

const f2 = (x) => formatDecimal(x, 2);
const f1 = (x) => formatDecimal(x, 1);

// Plain DOM with textContent, not htl: the table is rebuilt on every weight change and
// ~1,500 cells through a template parser cost more than the rest of the page together.
function element(tag, {text, className, ...attributes} = {}, children = []) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) if (value != null) node.setAttribute(name, String(value));
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * The ranking as an accessible HTML table (#ranking-table): rank, gemeente, index, each chosen
 * indicator's value, onveiligheid, samenhang and residual label. The first row is #ranking-top
 * with data-code; rows of the top N carry class "ranking-top-n" and say so in words. The chosen
 * gemeente (`focus`, lib/ondermijning/focus.js) is the row .ranking-focus, marked "◀ uitgelicht" and
 * scrolled into the box once the table is on screen; a chosen gemeente outside the analysis gets
 * its sentence above the table. `rows` are sorted analysis rows; `indicators`: [{id, label}].
 * Every label is set as text.
 */
export function rankingTable(rows, {indicators = [], topN = 10, labelText = {}, caption, focus = null} = {}) {
  const headers = [
    "Rang",
    "Gemeente",
    "Index",
    ...indicators.map((d) => d.label),
    "Onveilig (%)",
    "Samenhang (soc)",
    "Residu",
  ];
  const thead = element("thead", {}, [
    element(
      "tr",
      {},
      headers.map((text) => element("th", {text, scope: "col"})),
    ),
  ]);
  const tbody = document.createElement("tbody");
  const fragment = document.createDocumentFragment();
  let focusRow = null;
  rows.forEach((row, i) => {
    const top = row.rank <= topN;
    const focused = isFocus(focus, row.code);
    const rank = element("td", {className: "num", text: row.rank, "data-value": row.rank});
    if (top) rank.append(element("span", {className: "sr-only", text: ` (top ${topN})`}));
    const name = element("th", {scope: "row", text: row.name});
    // The arrow is for the eye; a screen reader hears "uitgelicht".
    if (focused)
      name.append(
        " ",
        element("span", {className: "ranking-focus-mark"}, [
          element("span", {text: "◀", "aria-hidden": "true"}),
          " uitgelicht",
        ]),
      );
    const tr = element(
      "tr",
      {
        className: [top ? "ranking-top-n" : "", focused ? "ranking-focus" : ""].join(" ").trim() || null,
        id: i === 0 ? "ranking-top" : null,
        "data-code": row.code,
        "data-rank": row.rank,
      },
      [
        rank,
        name,
        element("td", {className: "num", text: f2(row.index), "data-value": row.index}),
        ...indicators.map((d) =>
          element("td", {className: "num", text: f2(row.values[d.id]), "data-value": row.values[d.id]}),
        ),
        element("td", {className: "num", text: f1(row.onveilig), "data-value": row.onveilig}),
        element("td", {className: "num", text: f2(row.soc), "data-value": row.soc}),
        element("td", {text: row.label ? (labelText[row.label] ?? row.label) : ""}),
      ],
    );
    if (focused) focusRow = tr;
    fragment.append(tr);
  });
  tbody.append(fragment);
  const table = element("table", {className: "ranking-table", id: "ranking-table"}, [
    caption ? element("caption", {text: caption}) : null,
    thead,
    tbody,
  ]);
  const scroll = element(
    "div",
    {className: "ranking-scroll", tabindex: 0, role: "region", "aria-label": "Rangorde van gemeenten (scrollbaar)"},
    [table],
  );
  if (focusRow) scrollWhenShown(scroll, focusRow);
  const wrapper = sortableRows(table, {searchLabel: "Zoek gemeente", container: scroll});
  if (focus && !focus.analysed) wrapper.prepend(focusNote(focus));
  return wrapper;
}

// The box skips layout while off screen (content-visibility), so the row is scrolled to once the
// box is shown: to the middle of the box, below the sticky header, without moving the page.
function scrollWhenShown(box, row) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += top - (box.clientHeight - row.offsetHeight) / 2;
  });
  observer.observe(box);
}
