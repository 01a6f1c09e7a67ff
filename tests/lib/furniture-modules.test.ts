// The furniture components need a DOM to render, but they must at least load: this catches
// syntax errors and broken imports before a site build does.
import {describe, expect, it} from "vitest";

const modules: [string, string[]][] = [
  ["banner.js", ["banner"]],
  ["caveat.js", ["caveat"]],
  ["download.js", ["downloadButton", "syntheticNote", "sourceNote"]],
  ["citation.js", ["citation", "citationText", "licences"]],
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

  it("heads an official download with the dataset id and each source's licence and attribution, without commas", async () => {
    const {sourceNote} = await import("../../src/components/download.js");
    const note = sourceNote({source: "official", synthetic: false, dataset: {id: "official-2026-11-30-0123456789ab"}});
    const lines = String(note).split("\n");
    expect(lines[0]).toBe("Gegevens official-2026-11-30-0123456789ab");
    expect(lines).toContain("CBS-statistieken: CC BY 4.0 - Bron: CBS");
    expect(lines).toContain("Leefbaarometer: CC0 1.0 - Leefbaarometer 3.0 - ministerie van BZK");
    expect(note).not.toContain(",");
    expect(sourceNote({source: "demo", dataset: {id: "demo-seed-7-0123456789ab"}})).toBe(
      "Gegevens demo-seed-7-0123456789ab",
    );
  });

  it("cites version, build date, dataset and address", async () => {
    const {citationText} = await import("../../src/components/citation.js");
    const text = citationText(
      {version: "0.9.0", built: "2026-11-30"},
      {source: "demo", dataset: {id: "demo-seed-7-0123456789ab"}},
      "https://example.org/methoden",
    );
    expect(text).toBe(
      "Leefbaarometer — verdiepende analyses, interactief. Versie 0.9.0, gebouwd op 30 november 2026; gegevens demo-seed-7-0123456789ab (synthetisch, Demoland). https://example.org/methoden",
    );
  });
});
