// One cache helper for the pages' results. Cells re-run on every control change; what depends on
// fewer inputs than the cell is remembered under those inputs, so that switching back is instant.

/** The value under `key` in `cache` (a Map or WeakMap), made by `make()` the first time. */
export function remember(cache, key, make) {
  if (cache.has(key)) return cache.get(key);
  const value = make();
  cache.set(key, value);
  return value;
}

/**
 * A cache keyed first by an object (held weakly: results for arrays the page no longer uses are
 * dropped with them) and then by a string: `memo(columns, "pearson|none", () => …)`.
 */
export function objectMemo() {
  const byObject = new WeakMap();
  return (object, key, make) =>
    remember(
      remember(byObject, object, () => new Map()),
      key,
      make,
    );
}
