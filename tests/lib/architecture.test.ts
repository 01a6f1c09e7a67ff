// The layout rules of CONTRIBUTING.md, checked: the platform knows no theme, a theme knows no other
// theme, components never reach into pages, and a page holds UI only.
import {readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {describe, expect, it} from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");
const THEMES = ["home", "stijgers", "ongelijkheid", "ondermijning", "gemeente", "scenario"];

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const imports = (path: string) =>
  [...readFileSync(path, "utf8").matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
    relative(SRC, resolve(dirname(path), m[1])),
  );

/** "stijgers" for src/lib/stijgers/… and src/components/stijgers/…, "platform" for the rest of lib and components. */
function owner(path: string): string {
  const [top, second] = path.split("/");
  if (top !== "lib" && top !== "components" && top !== "workers") return top.endsWith(".md") ? "page" : "site";
  return THEMES.includes(second) ? second : "platform";
}

const modules = [
  ...files(join(SRC, "lib"), /\.js$/),
  ...files(join(SRC, "components"), /\.js$/),
  ...files(join(SRC, "workers"), /\.js$/),
];

describe("import rules", () => {
  it("finds the modules and their imports (so the rules below can fail)", () => {
    expect(modules.length).toBeGreaterThan(60);
    expect(imports(join(SRC, "lib/stijgers/first-view.js"))).toContain("lib/region-sql.js");
  });

  it("the platform imports no theme, a theme no other theme, and nothing imports a page-level module", () => {
    const broken: string[] = [];
    for (const path of modules) {
      const from = owner(relative(SRC, path));
      for (const target of imports(path)) {
        const to = owner(target);
        const allowed = to === "platform" || to === from;
        if (!allowed) broken.push(`${relative(SRC, path)} (${from}) imports ${target} (${to})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("the browser never imports from the pipeline or the tests", () => {
    const outside = modules.flatMap((path) =>
      imports(path)
        .filter((t) => t.startsWith(".."))
        .map((t) => `${relative(SRC, path)} → ${t}`),
    );
    expect(outside).toEqual([]);
  });
});

describe("small modules", () => {
  it("no browser module is much over 300 lines", () => {
    const long = modules
      .filter((path) => readFileSync(path, "utf8").split("\n").length > 330)
      .map((path) => relative(SRC, path));
    expect(long).toEqual([]);
  });
});

describe("pages hold UI", () => {
  const pages = files(SRC, /\.md$/).filter((p) => dirname(p) === SRC);

  it("finds the pages", () => expect(pages.map((p) => relative(SRC, p))).toContain("sociale-ongelijkheid.md"));

  for (const page of pages) {
    it(`${relative(SRC, page)}: no caches, inline charts or styles, under 320 lines`, () => {
      const text = readFileSync(page, "utf8");
      expect(text.match(/new (?:Weak)?Map\b|Plot\.plot\(|<style\b/g) ?? []).toEqual([]);
      expect(text.split("\n").length).toBeLessThan(320);
    });
  }
});
