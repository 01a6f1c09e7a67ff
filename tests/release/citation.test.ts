// The version is written in three places people read (package.json, CITATION.cff, CHANGELOG.md):
// they must agree, as must the licence named in package.json, CITATION.cff and LICENSE.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {describe, expect, it} from "vitest";

const yaml = createRequire(import.meta.url)("js-yaml") as {load: (text: string) => Record<string, unknown>};
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const citation = yaml.load(readFileSync("CITATION.cff", "utf8"));

describe("version and licence", () => {
  it("CITATION.cff names package.json's version and licence, with the fields CFF 1.2.0 requires", () => {
    expect(citation["cff-version"]).toBe("1.2.0");
    for (const field of ["message", "title", "authors"]) expect(citation[field], field).toBeTruthy();
    expect(String(citation.version)).toBe(pkg.version);
    expect(citation.license).toBe(pkg.license);
  });

  it("CHANGELOG.md has a section for the current version", () => {
    expect(readFileSync("CHANGELOG.md", "utf8")).toMatch(
      new RegExp(`^## \\[${pkg.version.replaceAll(".", "\\.")}\\]`, "m"),
    );
  });

  it("LICENSE is the licence package.json names", () => {
    expect(pkg.license).toBe("EUPL-1.2");
    expect(readFileSync("LICENSE", "utf8")).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  });
});
