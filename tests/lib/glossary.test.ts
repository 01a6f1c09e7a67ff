// The glossary behind the hover/focus help and the Begrippen section on Methoden.
import {describe, expect, it} from "vitest";
import {GLOSSARY, GLOSSARY_FORMS, glossaryEntry} from "../../src/lib/glossary.js";
import {firstSentence} from "../../src/components/plot-a11y.js";

describe("glossary", () => {
  it("explains every technical term the issue names, in Dutch, briefly", () => {
    for (const id of [
      "afw",
      "delta-afw",
      "sigma",
      "lisa",
      "fdr",
      "rangpercentiel",
      "fisher-z",
      "z-score",
      "punt-index",
      "ses-woa",
    ])
      expect(glossaryEntry(id), id).toBeTruthy();
    for (const d of GLOSSARY) {
      expect(d.text.length, d.id).toBeGreaterThan(40);
      expect(d.text.length, d.id).toBeLessThan(260);
      expect(d.forms.length, d.id).toBeGreaterThan(0);
    }
    expect(new Set(GLOSSARY.map((d) => d.id)).size).toBe(GLOSSARY.length);
  });

  it("matches longer forms first, so Δ afw is one term and not afw", () => {
    const forms = GLOSSARY_FORMS.map((d) => d.form);
    expect(forms.indexOf("Δ afw")).toBeLessThan(forms.indexOf("afw"));
    expect(forms.indexOf("rangpercentielen")).toBeLessThan(forms.indexOf("rangpercentiel"));
  });
});

describe("chart captions", () => {
  it("show the first sentence of the text alternative (numbers with a decimal comma do not end it)", () => {
    expect(
      firstSentence(
        "Spreidingsdiagram van 141 gemeenten: index tegen onveiligheid. Regressielijn: 0,52 + 3,1 × index.",
      ),
    ).toBe("Spreidingsdiagram van 141 gemeenten: index tegen onveiligheid.");
    expect(firstSentence("Eén zin zonder punt")).toBe("Eén zin zonder punt");
  });
});
