// The site's service worker: a return visit opens from the browser's own copy, and a site once
// loaded keeps working without a network. scripts/emit-service-worker.mjs writes it into the built
// site as sw.js with this build's VERSION and file lists. It only ever handles requests inside its
// own scope on its own origin, and only fetches URLs of that scope: it never contacts another host.
// - Content-hashed files (Framework's name.<hash>.ext): cache first. The same name is the same
//   bytes in every build, so they live in one cache shared across versions, pruned to this build's.
// - Pages and files without a hash (the DuckDB wasm): network first, the copy of this version when
//   offline. A new deploy is a new VERSION whose cache replaces the old one, so stale HTML is never
//   served next to new assets.
const VERSION = "__VERSION__";
const HASHED_FILES = new Set(__HASHED_FILES__);
const PROBE_FILES = __PROBE_FILES__;
const HASHED = /^_(observablehq|npm|node|file|import)\/.*\.[0-9a-f]{8}\.[a-z0-9]+$/i;

const scope = self.registration.scope;
const PREFIX = `lbm ${scope} `;
const IMMUTABLE = `${PREFIX}immutable`;
const CURRENT = `${PREFIX}${VERSION}`;

/** The request's path relative to the scope, or null outside it (another origin included). */
function inScope(url) {
  return url.startsWith(scope) ? decodeURIComponent(new URL(url).pathname.slice(new URL(scope).pathname.length)) : null;
}

self.addEventListener("install", (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener("activate", (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== IMMUTABLE && name !== CURRENT) await caches.delete(name);
      const immutable = await caches.open(IMMUTABLE);
      for (const request of await immutable.keys())
        if (!HASHED_FILES.has(inScope(request.url))) await immutable.delete(request);
      await self.clients.claim();
    })(),
  ),
);

const cacheable = (response) => response.ok && response.type === "basic" && response.status === 200;

// Storing happens after the response is handed over (`later` is the event's waitUntil): the page
// streams it meanwhile, which matters for DuckDB's wasm, compiled while it downloads.
async function cacheFirst(request, later) {
  const cache = await caches.open(IMMUTABLE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (cacheable(response)) later(cache.put(request, response.clone()));
  return response;
}

// Pages are stored without their query string: a shared link (?lbmjaar=2018) opens offline too.
const storedAs = (request) => (request.mode === "navigate" ? new URL(request.url).href.split(/[?#]/)[0] : request.url);

async function networkFirst(request, later) {
  const cache = await caches.open(CURRENT);
  const key = storedAs(request);
  try {
    const response = await fetch(request);
    if (cacheable(response)) {
      // Revalidated and unchanged (same ETag): do not write 34 MB of wasm again.
      const stored = await cache.match(key);
      const tag = response.headers.get("etag");
      if (!stored || !tag || stored.headers.get("etag") !== tag) later(cache.put(key, response.clone()));
    }
    return response;
  } catch (error) {
    const stored = await cache.match(key);
    if (stored) return stored;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const {request} = event;
  const path = inScope(request.url);
  if (request.method !== "GET" || path === null || request.headers.has("range")) return;
  const later = (promise) => event.waitUntil(promise.catch(() => {}));
  event.respondWith(HASHED.test(path) ? cacheFirst(request, later) : networkFirst(request, later));
});

// The page lists what it loaded before this worker took control (its first visit); those files
// are copied from the browser's HTTP cache without touching the network (only-if-cached), like
// the wasm files a worker may have fetched, which the page cannot list.
async function keep(urls) {
  const immutable = await caches.open(IMMUTABLE);
  const current = await caches.open(CURRENT);
  for (const url of new Set([...urls, ...PROBE_FILES.map((f) => new URL(f, scope).href)])) {
    const path = inScope(url);
    if (path === null) continue;
    const cache = HASHED.test(path) ? immutable : current;
    if (await cache.match(url, {ignoreSearch: !HASHED.test(path)})) continue;
    try {
      const response = await fetch(new Request(url, {cache: "only-if-cached", mode: "same-origin"}));
      if (cacheable(response)) await cache.put(url.split(/[?#]/)[0], response);
    } catch {
      // Not in the HTTP cache: nothing to keep.
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data?.type === "keep" && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls));
});
