// See https://observablehq.com/framework/config for documentation.
// Two library markup gaps that WCAG tools reject, fixed on every page as elements appear:
// Plot labels its mark groups (<g aria-label="bar">) without a role (aria-prohibited-attr), and
// Inputs.range labels only its number box, leaving the slider without an accessible name.
const PLOT_GROUP_ROLES = `<script>
new MutationObserver(() => {
  for (const g of document.querySelectorAll("svg g[aria-label]:not([role])")) g.setAttribute("role", "group");
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
    {name: "Methoden & data", path: "/methoden"},
  ],
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">${PLOT_GROUP_ROLES}`,
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
