// Framework 1.13's page template misses two WCAG 2.1 AA points that axe reports on every page:
// <html> has no lang, and the sidebar's close <label> sits directly inside an <ol>. Fix both in
// the built HTML (the dev server keeps Framework's markup).
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const dist = process.argv[2] ?? "dist";
const LANG = "nl";
const CLOSE_LABEL = /(<ol>\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/;

let fixed = 0;
for (const file of readdirSync(dist).filter((f) => f.endsWith(".html"))) {
  const path = join(dist, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(/<html>/, `<html lang="${LANG}">`).replace(CLOSE_LABEL, "$2$1");
  if (after !== before) writeFileSync(path, after), ++fixed;
}
console.log(`postbuild: ${fixed} page(s) given lang="${LANG}" and a valid sidebar list`);
