// "Mijn gemeente reist mee": the region a reader chose (gemeente, or the region filter's provincie,
// COROP, size class, stedelijkheid) travels with every internal link, to the pages that read it.
// The URL comes first; the region is kept on the device (localStorage) only when the reader ticks
// "Onthoud mijn gemeente op dit apparaat", and one button clears it.
//
// It runs as an inline script in every page's <head> (observablehq.config.ts), before the page's
// cells read the URL, so a remembered region is in the URL before the controls are built. That is
// why carryRegion is one self-contained function (it is serialised with toString()).

/** The query-string keys of a region (the region filter's URL keys, src/components/region-filter.js). */
export const REGION_KEYS = Object.freeze(["provincie", "corop", "gemeente", "grootte", "stedelijkheid"]);

/**
 * Per page (its last path segment; "" is Home): the region keys it reads. A link carries only
 * these, so a page never receives a key it would ignore or misread.
 */
export const PAGE_REGION_KEYS = Object.freeze({
  "": REGION_KEYS,
  "stijgers-en-dalers": REGION_KEYS,
  "sociale-ongelijkheid": REGION_KEYS,
  ondermijning: REGION_KEYS,
  gemeente: ["gemeente"],
  "wat-is-er-nodig": ["gemeente"],
});

export const STORAGE_KEY = "lbm-mijn-regio";

/**
 * The document event by which a page's components pass on the area names they hold (announceAreaNames),
 * so the bar can name the region: the head script runs before any data is loaded.
 */
export const AREA_NAMES_EVENT = "lbm-area-names";

/**
 * The carried region in words for the bar: "Gemeente Amsterdam (GM0363)" once the name is known,
 * "Gemeente GM0363" before. Self-contained, like carryRegion (it is serialised into the same script).
 * @param {[string, string][]} region [key, value] pairs (regionOf)
 * @param {Map<string, string>} [names] code → name
 */
export function describeCarried(region, names = new Map()) {
  const nouns = /** @type {Record<string, string>} */ ({
    provincie: "Provincie",
    corop: "COROP-gebied",
    gemeente: "Gemeente",
    grootte: "Gemeentegrootte",
    stedelijkheid: "Stedelijkheid",
  });
  return region
    .map(([key, value]) => {
      const name = names.get(value);
      return name ? `${nouns[key] ?? key} ${name} (${value})` : `${nouns[key] ?? key} ${value}`;
    })
    .join(", ");
}

/**
 * [code, name] pairs of the gemeenten, COROP-gebieden and provincies in area rows (any level),
 * each code once.
 * @param {any[]} rows rows of the areas table
 * @returns {[string, string][]}
 */
export function areaNames(rows) {
  const names = new Map();
  const add = (/** @type {any} */ code, /** @type {any} */ name) => {
    if (code != null && name != null && !names.has(code)) names.set(String(code), String(name));
  };
  for (const row of rows ?? []) {
    if (row.level === "gemeente") add(row.code, row.name);
    add(row.gemeente_code, row.gemeente_name);
    add(row.corop_code, row.corop_name);
    add(row.provincie_code, row.provincie_name);
  }
  return [...names];
}

/**
 * Passes the names in `rows` to the bar (a no-op outside the browser).
 * @param {any[]} rows rows of the areas table
 * @param {any} [doc]
 */
export function announceAreaNames(rows, doc = globalThis.document) {
  if (!doc?.dispatchEvent || typeof CustomEvent !== "function") return;
  doc.dispatchEvent(new CustomEvent(AREA_NAMES_EVENT, {detail: areaNames(rows)}));
}

/**
 * Installs the carrying on a window and returns its parts for tests.
 * @param {any} win the window (or a stand-in with location, history and optionally localStorage, document)
 * @param {Record<string, readonly string[]>} pages PAGE_REGION_KEYS
 * @param {readonly string[]} keys REGION_KEYS
 * @param {string} storageKey
 * @param {typeof describeCarried} [describe] the region in words
 * @param {string} [namesEvent] the document event that brings area names (announceAreaNames)
 */
export function carryRegion(win, pages, keys, storageKey, describe = describeCarried, namesEvent = AREA_NAMES_EVENT) {
  const {location, history} = win;
  const slugOf = (/** @type {string} */ pathname) => {
    const slug =
      pathname
        .replace(/\.html$/, "")
        .split("/")
        .pop() ?? "";
    return slug === "index" ? "" : slug;
  };
  const honoured = (/** @type {string} */ pathname) => pages[slugOf(pathname)] ?? [];
  /** @returns {[string, string][]} */
  const regionOf = (/** @type {string} */ search) => {
    const params = new URLSearchParams(search);
    return keys.filter((k) => params.get(k)).map((k) => [k, /** @type {string} */ (params.get(k))]);
  };
  const storage = () => {
    try {
      return win.localStorage ?? null;
    } catch {
      return null; // storage switched off: nothing is remembered
    }
  };
  /** @returns {[string, string][] | null} */
  const remembered = () => {
    try {
      const value = JSON.parse(storage()?.getItem(storageKey) ?? "null");
      return Array.isArray(value) ? value.filter(([k, v]) => keys.includes(k) && typeof v === "string" && v) : null;
    } catch {
      return null;
    }
  };
  const search = (/** @type {URLSearchParams} */ params) => {
    const text = params.toString();
    return text ? `?${text}` : "";
  };

  // URL first: a remembered region fills in only a URL without any region.
  const saved = remembered();
  if (saved?.length && !regionOf(location.search).length) {
    const params = new URLSearchParams(location.search);
    for (const [k, v] of saved) if (honoured(location.pathname).includes(k)) params.set(k, v);
    history.replaceState(history.state, "", `${location.pathname}${search(params)}${location.hash}`);
  }

  /** The href an internal link should have now: its own, plus the current region's keys its page reads. */
  const hrefFor = (/** @type {string} */ href) => {
    if (!href || href.startsWith("#")) return href;
    let url;
    try {
      url = new URL(href, location.href);
    } catch {
      return href;
    }
    // Other sites, files and downloads keep their link (a blob: URL has the page's origin too, so the
    // scheme is compared as well); a link that names its own region keeps it.
    if (url.protocol !== location.protocol || url.origin !== location.origin) return href;
    if (/\.(?!html$)[a-z0-9]+$/i.test(url.pathname)) return href;
    if (regionOf(url.search).length) return href;
    const wanted = honoured(url.pathname);
    for (const [k, v] of regionOf(location.search)) if (wanted.includes(k)) url.searchParams.set(k, v);
    return `${url.pathname}${search(url.searchParams)}${url.hash}`;
  };

  const rewrite = (/** @type {any} */ a) => {
    if (!a?.getAttribute || a.hasAttribute("download")) return;
    if (!a.hasAttribute("data-own-href")) a.setAttribute("data-own-href", a.getAttribute("href") ?? "");
    const own = a.getAttribute("data-own-href");
    const next = hrefFor(own);
    if (next !== a.getAttribute("href")) a.setAttribute("href", next);
  };
  const rewriteAll = () => win.document?.querySelectorAll("a[href]").forEach(rewrite);

  // Remembering follows the URL for the keys this page reads and keeps the others, so a page that
  // reads only the gemeente (or none, like the werkbank) never wipes a remembered provincie.
  const remember = (/** @type {boolean} */ on) => {
    const store = storage();
    if (!store) return;
    if (!on) return store.removeItem(storageKey);
    const kept = new Map(remembered() ?? []);
    for (const k of honoured(location.pathname)) kept.delete(k);
    for (const [k, v] of regionOf(location.search)) kept.set(k, v);
    store.setItem(storageKey, JSON.stringify(keys.filter((k) => kept.has(k)).map((k) => [k, kept.get(k)])));
  };

  const clear = () => {
    storage()?.removeItem(storageKey);
    const params = new URLSearchParams(location.search);
    for (const k of keys) params.delete(k);
    return `${location.pathname}${search(params)}${location.hash}`;
  };

  let bar = null;
  /** @type {Map<string, string>} */
  const names = new Map();
  const renderBar = () => {
    if (!bar) return;
    const region = regionOf(location.search);
    bar.hidden = region.length === 0 && !remembered();
    bar.querySelector(".carry-region-text").textContent = region.length
      ? `Uw keuze reist mee naar de andere pagina's: ${describe(region, names)}.`
      : "Geen gemeente of regio gekozen.";
    bar.querySelector("input").checked = remembered() != null;
  };

  // Every control writes the URL with replaceState; follow it, so links and the remembered region stay current.
  const replaceState = history.replaceState.bind(history);
  history.replaceState = (/** @type {any[]} */ ...args) => {
    replaceState(...args);
    if (remembered() != null) remember(true);
    renderBar();
    rewriteAll();
  };

  const doc = win.document;
  if (doc) {
    // Names arrive when a page's data has loaded; until then the bar shows the codes.
    doc.addEventListener(namesEvent, (/** @type {any} */ event) => {
      for (const [code, name] of event.detail ?? []) names.set(code, name);
      renderBar();
    });
    for (const type of ["mousedown", "focusin", "click", "auxclick", "contextmenu", "touchstart"]) {
      doc.addEventListener(type, (/** @type {any} */ event) => rewrite(event.target?.closest?.("a[href]")), true);
    }
    const mount = () => {
      const main = doc.getElementById("observablehq-main");
      if (!main) return;
      bar = doc.createElement("div");
      bar.className = "carry-region";
      bar.setAttribute("role", "region");
      bar.setAttribute("aria-label", "Mijn gemeente");
      bar.innerHTML = `<span class="carry-region-text"></span>
<label><input type="checkbox" id="carry-region-remember"> Onthoud mijn gemeente op dit apparaat</label>
<button type="button" id="carry-region-clear">Wis gemeente</button>`;
      bar.querySelector("input").addEventListener("change", (/** @type {any} */ e) => {
        remember(e.target.checked);
        renderBar();
      });
      bar.querySelector("button").addEventListener("click", () => location.replace(clear()));
      main.before(bar);
      renderBar();
      rewriteAll();
    };
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", mount);
    else mount();
  }
  return {hrefFor, regionOf, remember, clear, remembered, names};
}

/** The inline script for the page head. */
export const carryRegionScript = () =>
  `(${carryRegion})(window, ${JSON.stringify(PAGE_REGION_KEYS)}, ${JSON.stringify(REGION_KEYS)}, ${JSON.stringify(STORAGE_KEY)}, ${describeCarried}, ${JSON.stringify(AREA_NAMES_EVENT)});`;
