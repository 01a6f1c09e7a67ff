// Help where the words are: a technical term (src/lib/glossary.js) gets its short explanation on
// hover and on keyboard focus, and screen readers hear it as the term's description.
import {html} from "htl";
import {GLOSSARY, GLOSSARY_FORMS, glossaryEntry} from "../lib/glossary.js";

const escape = (text) => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(${GLOSSARY_FORMS.map((d) => escape(d.form)).join("|")})(?![\\p{L}\\p{N}_])`,
  "gu",
);
// Prose only: not inside code, charts, controls, links, table headers (they sort) or a term itself.
const SKIP =
  "code, pre, svg, button, label, select, option, textarea, input, a, th, summary, h1, .term, .glossary, .cm-editor";
const PROSE = "p, li, figcaption, dd, caption, td, .kpi-note";

// The explanations live once per page in a hidden list that the terms point to (aria-describedby),
// so a term's own text stays the word itself (textContent of a sentence does not change); the
// visible tip is drawn by CSS from data-tip.
function definitions() {
  let list = document.getElementById("term-definitions");
  if (!list) {
    list = html`<div id="term-definitions" hidden>
      ${GLOSSARY.map((d) => html`<span id=${`term-def-${d.id}`}>${d.text}</span>`)}
    </div>`;
    document.body.append(list);
  }
  return list;
}

/** The term `text` (or the glossary's own spelling of `id`) with its explanation on hover and focus. */
export function term(id, text) {
  const entry = glossaryEntry(id);
  if (!entry) throw new Error(`term: "${id}" is not in src/lib/glossary.js`);
  definitions();
  return html`<span
    class="term"
    data-term=${entry.id}
    tabindex="0"
    aria-describedby=${`term-def-${entry.id}`}
    data-tip=${entry.text}
    >${text ?? entry.term}</span
  >`;
}

// Framework removes a cell's output by the nodes it inserted (kept on the cell's comment marker as
// `_nodes`); splitting such a text node would leave the rest behind on the next run, so text a cell
// inserted directly is left alone (text inside elements it inserted is fine).
function cellTextNodes(root) {
  const owned = new Set();
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (comments.nextNode())
    for (const node of /** @type {any} */ (comments.currentNode)._nodes ?? []) owned.add(node);
  return owned;
}

function annotateFirst(root, memory) {
  const present = new Set([...root.querySelectorAll(".term[data-term]")].map((e) => e.dataset.term));
  // A term whose explained occurrence went away (its cell re-rendered) may be explained elsewhere in
  // text that was looked at before: look at everything again.
  if ([...memory.present].some((id) => !present.has(id))) memory.scanned = new WeakSet();
  memory.present = present;
  if (present.size === GLOSSARY.length) return;
  const {scanned} = memory;
  const owned = cellTextNodes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = /** @type {Text} */ (walker.currentNode);
    // Text looked at before had no term to add then; the page's re-rendered cells bring new text.
    if (owned.has(node) || scanned.has(node)) continue;
    scanned.add(node);
    // One term per text node and run; the rest of the node is looked at again on the next run.
    for (const match of node.data.matchAll(PATTERN)) {
      const {entry} = GLOSSARY_FORMS.find((d) => d.form === match[1]);
      if (present.has(entry.id)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP) || !parent.closest(PROSE)) break;
      present.add(entry.id);
      found.push({node, index: match.index, form: match[1], id: entry.id});
      break;
    }
  }
  for (const {node, index, form, id} of found) {
    const rest = node.splitText(index);
    rest.data = rest.data.slice(form.length);
    node.after(term(id, form));
  }
}

/**
 * Explains the first occurrence of each glossary term in the prose under `root`, also in cells
 * that render later or again. Started once per page (by the banner, which every page shows).
 */
export function explainTerms(root = globalThis.document?.querySelector("#observablehq-main")) {
  if (!root || root.dataset.termsExplained || typeof MutationObserver === "undefined") return;
  root.dataset.termsExplained = "true";
  let scheduled = false;
  const memory = {scanned: new WeakSet(), present: new Set()};
  const run = () => ((scheduled = false), annotateFirst(root, memory));
  // Walking the page's text is decoration: it waits until the page is idle, not in the frames that
  // show a control's new answer.
  const later = (fn) =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(fn, {timeout: 1000}) : requestAnimationFrame(fn);
  new MutationObserver(() => {
    if (!scheduled) ((scheduled = true), later(run));
  }).observe(root, {childList: true, subtree: true, characterData: true});
  run();
}

/** The Begrippen list on Methoden: every term with its explanation, from the same glossary. */
export function glossaryList() {
  return html`<dl class="glossary" id="glossary">
    ${GLOSSARY.map(
      (d) =>
        // One <div> per term: htl wraps two root elements in a <span>, which a <dl> may not hold.
        html`<div>
          <dt id=${`begrip-${d.id}`}>${d.term}</dt>
          <dd>${d.text}</dd>
        </div>`,
    )}
  </dl>`;
}
