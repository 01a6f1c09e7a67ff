// The furniture components need a DOM to render, but they must at least load: this catches
// syntax errors and broken imports before a site build does.
import {describe, expect, it} from "vitest";

const modules: [string, string[]][] = [
  ["banner.js", ["banner"]],
  ["caveat.js", ["caveat"]],
  ["download.js", ["downloadButton", "syntheticNote"]],
  ["methode.js", ["methode"]],
  ["level-toggle.js", ["levelToggle"]],
  ["region-filter.js", ["regionFilter", "REGION_URL_KEYS"]],
  ["choropleth.js", ["choropleth"]],
  ["geo-canvas.js", ["GeoCanvas", "projectShapes", "idBuffer", "geometryBounds"]],
];

describe("furniture components load", () => {
  for (const [file, names] of modules) {
    it(file, async () => {
      const module = await import(`../../src/components/${file}`);
      for (const name of names) expect(module[name], name).toBeDefined();
    });
  }

  it("labels a synthetic download without commas (one field even for parsers that ignore #)", async () => {
    const {syntheticNote} = await import("../../src/components/download.js");
    const note = syntheticNote({source: "demo", generator: {name: "demoland", version: "1.2.0", seed: 7}});
    expect(note).toBe("Synthetische gegevens uit Demoland (demoland 1.2.0 seed 7) - geen echte cijfers");
    expect(note).not.toContain(",");
  });
});
