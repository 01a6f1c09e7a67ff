// After a control change Framework's runtime re-runs every cell that depends on it, and until a
// re-run cell has its new value the page still shows what it made from the old settings. So that
// old and new figures never stand side by side unmarked, every output whose cell is re-running
// is marked as pending: [data-pending] (the stylesheet dims it and shows "Bijwerken…") and
// aria-busy, from the moment the runtime schedules the cell until it has a value again. This is
// generic: the runtime knows which cells depend on a control, so no chart needs code of its own.

export const PENDING_ATTRIBUTE = "data-pending";
export const PENDING_TEXT = "Bijwerken…";

/** Whether a cell's node shows something (more than Framework's loading indicator). */
function showsSomething(node) {
  for (const child of node.childNodes) {
    if (child.nodeType === 1 && child.tagName !== "OBSERVABLEHQ-LOADING") return true;
    if (child.nodeType === 3 && child.textContent.trim()) return true;
  }
  return false;
}

/**
 * Marks the nodes of re-running cells. `cellNode(variable)` gives the element a variable displays
 * into (or null). Several cells can display into one element (inline expressions in one
 * paragraph): it stays marked until the last of them has its value.
 * @param {(variable: any) => Element | null} cellNode
 */
export function createPendingMarks(cellNode) {
  /** @type {Map<Element, Set<any>>} */
  const waiting = new Map();
  const mark = (variable) => {
    const node = cellNode(variable);
    if (!node || !showsSomething(node)) return;
    let set = waiting.get(node);
    if (!set) waiting.set(node, (set = new Set()));
    set.add(variable);
    node.setAttribute(PENDING_ATTRIBUTE, PENDING_TEXT);
    node.setAttribute("aria-busy", "true");
  };
  const unmark = (variable) => {
    const node = cellNode(variable);
    const set = node && waiting.get(node);
    if (!set || !set.delete(variable) || set.size) return;
    waiting.delete(node);
    node.removeAttribute(PENDING_ATTRIBUTE);
    node.removeAttribute("aria-busy");
  };
  return {mark, unmark, pending: () => [...waiting.keys()]};
}

/**
 * Hooks the marks into Observable's runtime: a variable's _pending, _fulfilled and _rejected
 * (shared by all variables through their prototype) are called by the runtime when it schedules a
 * variable and when the variable settles. Installs once.
 * @param {any} proto the runtime's Variable.prototype
 */
export function watchPendingOutputs(proto) {
  if (!proto || proto.__pendingOutputs) return null;
  const cellNode = (variable) => {
    const node = variable._observer?._node;
    return node && node.nodeType === 1 ? node : null;
  };
  const marks = createPendingMarks(cellNode);
  const {_pending: pending, _fulfilled: fulfilled, _rejected: rejected} = proto;
  Object.defineProperties(proto, {
    __pendingOutputs: {value: marks},
    _pending: {
      configurable: true,
      writable: true,
      value() {
        marks.mark(this);
        return pending.call(this);
      },
    },
    _fulfilled: {
      configurable: true,
      writable: true,
      value(value) {
        const result = fulfilled.call(this, value);
        marks.unmark(this);
        return result;
      },
    },
    _rejected: {
      configurable: true,
      writable: true,
      value(error) {
        const result = rejected.call(this, error);
        marks.unmark(this);
        return result;
      },
    },
  });
  return marks;
}
