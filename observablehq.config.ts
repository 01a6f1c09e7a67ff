import {siteInfo} from "./data-loaders/site-info.ts";
import {carryRegionScript} from "./src/lib/carry-region.js";

// See https://observablehq.com/framework/config for documentation.
// Inputs.range labels only its number box, leaving the slider without an accessible name, which
// WCAG tools reject; every page names its sliders as they appear. (Plot's gap, labelled mark
// groups without a role, is closed per chart by src/components/plot-a11y.js.)
const RANGE_LABELS = `<script>
new MutationObserver(() => {
  for (const r of document.querySelectorAll("form input[type=range]:not([aria-label])")) {
    const text = r.form?.querySelector("label")?.textContent?.trim();
    r.setAttribute("aria-label", text || "Schuifregelaar");
  }
}).observe(document.documentElement, {childList: true, subtree: true});
</script>`;

// The footer names the site version and build date; postbuild.mjs writes the dataset id into the
// span, from the provenance the data loaders produced (they run after the config is read).
const SITE = siteInfo();
const BUILT = new Date(`${SITE.built}T00:00:00Z`).toLocaleDateString("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const FOOTER = `<p class="site-footer">Leefbaarometer — verdiepende analyses, versie <span class="site-version">${SITE.version}</span>,
gebouwd op <time datetime="${SITE.built}">${BUILT}</time>; gegevens <span class="dataset-id">(onbekend)</span>.
${SITE.repository ? `<a href="${SITE.repository}">Broncode</a>` : "Broncode"} onder ${SITE.licence};
<a href="./methoden#broncode-licenties-en-citeren">licenties en citeren</a>.</p>
<p>Verkenning van samenhang, geen causale analyse.</p>`;

export default {
  title: "Leefbaarometer — verdiepende analyses",
  root: "src",
  output: "dist",
  pages: [
    {name: "Gemeenteprofiel", path: "/gemeente"},
    {name: "Stijgers en dalers", path: "/stijgers-en-dalers"},
    {name: "Leefbaarheid en sociale ongelijkheid", path: "/sociale-ongelijkheid"},
    {name: "Ondermijning en onveiligheid", path: "/ondermijning"},
    {name: "Wat is er nodig?", path: "/wat-is-er-nodig"},
    {name: "Onderzoekswerkbank", path: "/werkbank"},
    {name: "Methoden & data", path: "/methoden"},
  ],
  // The chosen gemeente or region travels with every internal link (src/lib/carry-region.js).
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">${RANGE_LABELS}<script>${carryRegionScript()}</script>`,
  footer: FOOTER,
  // No Google Fonts (an external request and a privacy leak): style.css uses system font stacks.
  globalStylesheets: [],
  style: "style.css",
  // DuckDB-WASM cannot fetch its parquet/json extensions offline; the pages insert Arrow instead.
  duckdb: {extensions: {json: null, parquet: null}},
  // Framework's search index is built at build time and its client (minisearch) is bundled: no CDN.
  search: true,
  toc: {show: true, label: "Op deze pagina"},
  pager: false,
};
