// What produced the numbers on this page: the data (provenance), every control that shapes the
// results (registered by bindUrl and by the composite controls), and the SQL the Methode sections
// show. Downloads and chart images read it at the moment they are made, so a file always carries
// the settings of the view it came from. Entries whose element has left the page (a cell re-ran)
// are skipped.

/** @type {Map<string, {element?: any, label?: string, read: () => any, text?: () => string}>} */
const settings = new Map();
/** @type {Map<string, {element: any, queries: {title?: string, text: string}[]}>} */
const sqlSections = new Map();
let provenance = null;

const live = (element) => element == null || element.isConnected !== false;

/**
 * A setting of this page. `read()` gives the value for settings.json, `text()` (optional) the text
 * a reader would recognise; `label` defaults to the element's own label.
 * @param {string} key
 * @param {{element?: any, label?: string, read: () => any, text?: () => string}} setting
 */
export function registerSetting(key, setting) {
  settings.set(key, setting);
}

/** @param {any} value data/provenance.json of the page */
export function setPageProvenance(value) {
  provenance = value ?? null;
}

export const pageProvenance = () => provenance;

/**
 * The SQL of a Methode section, as shown there.
 * @param {string} id @param {any} element @param {{title?: string, text: string}[]} queries
 */
export function registerSql(id, element, queries) {
  sqlSections.set(id, {element, queries});
}

/** @returns {{section: string, title?: string, text: string}[]} */
export const pageSql = () =>
  [...sqlSections]
    .filter(([, s]) => live(s.element))
    .flatMap(([section, s]) => s.queries.map((q) => ({section, ...q})));

const labelOf = (element) =>
  element?.querySelector?.("label")?.textContent?.trim() || element?.querySelector?.("legend")?.textContent?.trim();

/** What a control shows: the chosen options' text, else its value. */
function shownText(element, value) {
  const select = element?.querySelector?.("select");
  if (select) return [...select.selectedOptions].map((o) => o.textContent.trim()).join(", ");
  const checked = element?.querySelectorAll?.("input:checked");
  if (checked?.length) return [...checked].map((i) => i.closest("label")?.textContent?.trim() ?? i.value).join(", ");
  if (Array.isArray(value)) return value.join(", ");
  return value == null ? "–" : String(value);
}

/**
 * The page's current settings: [{key, label, value, text}], in the order they were registered.
 * @returns {{key: string, label: string, value: any, text: string}[]}
 */
export function currentSettings() {
  const out = [];
  for (const [key, s] of settings) {
    if (!live(s.element)) continue;
    const value = s.read();
    const label = s.label ?? labelOf(s.element) ?? key;
    out.push({key, label, value, text: s.text ? s.text() : shownText(s.element, value)});
  }
  return out;
}

const isSynthetic = (p) => p != null && (p.source === "demo" || p.synthetic === true);

/** The data behind the page in a few words, e.g. "Demoland (synthetisch), demoland 1.1.0 seed 20201". */
export function sourceLine(p = provenance) {
  if (!p) return "Databron onbekend";
  if (isSynthetic(p)) {
    const g = p.generator;
    return `Synthetische gegevens (Demoland${g ? `, ${g.name} ${g.version}, seed ${g.seed}` : ""}) - geen echte cijfers`;
  }
  const sources = [...new Set((p.tables ?? []).map((t) => t.source).filter(Boolean))];
  return `Officiële gegevens: ${sources.join(", ") || "bron onbekend"}`;
}

/**
 * Everything that produced a file, as settings.json holds it.
 * @param {{file?: string, title?: string}} [about]
 */
export function settingsSnapshot({file, title} = {}) {
  const loc = globalThis.location;
  const p = provenance;
  return {
    titel: title ?? globalThis.document?.querySelector?.("h1")?.textContent?.trim() ?? null,
    bestand: file ?? null,
    link: loc?.href ?? null,
    gemaakt: new Date().toISOString(),
    gegevens: {
      bron: sourceLine(p),
      synthetisch: isSynthetic(p),
      dataset: p?.dataset?.id ?? null,
      generator: p?.generator ?? null,
      gebiedsindeling: p?.boundary_year ?? null,
    },
    instellingen: currentSettings(),
  };
}

/**
 * The snapshot as short "Label: tekst" lines for the top of a CSV or under a chart.
 * @param {ReturnType<typeof settingsSnapshot>} snapshot
 * @param {{source?: boolean}} [options] source: false leaves out the data-source lines
 */
export function settingsLines(snapshot, {source = true} = {}) {
  return [
    snapshot.titel ? `${snapshot.titel}${snapshot.bestand ? ` - ${snapshot.bestand}` : ""}` : null,
    source ? snapshot.gegevens.bron : null,
    source && snapshot.gegevens.dataset ? `Gegevens: ${snapshot.gegevens.dataset}` : null,
    snapshot.gegevens.gebiedsindeling ? `Gebiedsindeling: ${snapshot.gegevens.gebiedsindeling}` : null,
    ...snapshot.instellingen.map((s) => `${s.label}: ${s.text}`),
    snapshot.link ? `Link naar deze weergave: ${snapshot.link}` : null,
    `Gemaakt: ${snapshot.gemaakt.slice(0, 16).replace("T", " ")} UTC`,
  ].filter(Boolean);
}
