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

export default {
  title: "Leefbaarometer — verdiepende analyses",
  root: "src",
  output: "dist",
  pages: [
    {name: "Stijgers en dalers", path: "/stijgers-en-dalers"},
    {name: "Leefbaarheid en sociale ongelijkheid", path: "/sociale-ongelijkheid"},
    {name: "Ondermijning en onveiligheid", path: "/ondermijning"},
    {name: "Onderzoekswerkbank", path: "/werkbank"},
    {name: "Methoden & data", path: "/methoden"},
  ],
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">${RANGE_LABELS}`,
  footer: "Open broncode. Verkenning van samenhang, geen causale analyse.",
  // No Google Fonts (an external request and a privacy leak): style.css uses system font stacks.
  globalStylesheets: [],
  style: "style.css",
  // DuckDB-WASM cannot fetch its parquet/json extensions offline; the pages insert Arrow instead.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false,
  toc: {show: true, label: "Op deze pagina"},
  pager: false,
};
