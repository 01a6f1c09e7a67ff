// The query lives in the fragment of the werkbank's address (#sql=…): a link reproduces it, and
// the fragment is never sent to the server, so a reader's query stays in their browser.

const KEY = "sql";

/** The werkbank's address (relative to a page of the site) that opens with `text` in the editor. */
export function werkbankHref(text, {base = "./werkbank"} = {}) {
  return `${base}#${KEY}=${encodeURIComponent(String(text))}`;
}

/** The query in a location hash ("#sql=…"), or null. */
export function sqlFromHash(hash) {
  const params = new URLSearchParams(String(hash ?? "").replace(/^#/, ""));
  const text = params.get(KEY);
  return text == null || text.trim() === "" ? null : text;
}

/** Writes `text` into the current address without a new history entry. */
export function writeSqlToLocation(text, location = globalThis.location, history = globalThis.history) {
  if (!location || !history) return;
  const url = `${location.pathname}${location.search}#${KEY}=${encodeURIComponent(text)}`;
  history.replaceState(history.state, "", url);
}

/** Whether a SQL text reads (so that "Open in werkbank" makes sense for it). */
export const isReadQuery = (text) => /^\s*(\(|SELECT\b|WITH\b|FROM\b|VALUES\b|SUMMARIZE\b|DESCRIBE\b)/i.test(text);
