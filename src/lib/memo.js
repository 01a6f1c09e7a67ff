// One cache helper for the pages' results. Cells re-run on every control change; what depends on
// fewer inputs than the cell is remembered under those inputs, so that switching back is instant.

/**
 * The value under `key` in `cache` (a Map or WeakMap), made by `make()` the first time. With
 * `limit` (a Map only), the cache keeps that many entries and drops the least recently used.
 * @template T
 * @param {Map<any, T> | WeakMap<any, T>} cache
 * @param {any} key
 * @param {() => T} make
 * @param {{limit?: number}} [options]
 * @returns {T}
 */
export function remember(cache, key, make, {limit = Infinity} = {}) {
  if (cache.has(key)) {
    const value = cache.get(key);
    if (cache instanceof Map && limit < Infinity) (cache.delete(key), cache.set(key, value));
    return value;
  }
  const value = make();
  cache.set(key, value);
  if (cache instanceof Map && cache.size > limit) cache.delete(cache.keys().next().value);
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
