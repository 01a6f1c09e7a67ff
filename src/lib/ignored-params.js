// The link parameters a page could not use (url-state.js reports them as controls are bound; the
// notice under the banner, components/url-notice.js, lists them).

/** @typedef {{key: string, text: string, reason: string}} IgnoredParam */

// By key, and who wants to hear of them (the notice).
const ignoredByKey = new Map();
const listeners = new Set();

/**
 * Records a link parameter the page ignored (a page shows them in one notice, url-notice.js).
 * @param {IgnoredParam | null} entry
 */
export function reportIgnored(entry) {
  if (!entry) return;
  ignoredByKey.set(entry.key, entry);
  for (const listener of listeners) listener(ignoredParams());
}

/** The ignored link parameters so far, in the order they were found. */
export const ignoredParams = () => /** @type {IgnoredParam[]} */ ([...ignoredByKey.values()]);

/**
 * Calls `listener(ignoredParams())` whenever one is added; returns the function that stops it.
 * @param {(entries: IgnoredParam[]) => void} listener
 */
export function onIgnoredParams(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget what was reported. */
export const clearIgnored = () => ignoredByKey.clear();
