// The chosen gemeente inside the ondermijning outputs: marked when analysed, otherwise one sentence
// that says why it is missing (the same reasons as the gemeente card).
import {describe, expect, it} from "vitest";
import {gemeenteFocus, isFocus, residualSummary} from "../../../src/lib/ondermijning/focus.js";

const base = {reliable: true, in_selection: true, analysed: true, rank: 3, standardizedResidual: -1.234};
const rows = [
  {code: "GM0001", name: "Aadorp", ...base},
  {code: "GM0002", name: "Bemmel", ...base, reliable: false, analysed: false, respondents: 120},
  {code: "GM0003", name: "Cadier", ...base, in_selection: false, analysed: false},
  {code: "GM0004", name: "Dalen", ...base, analysed: false},
];
const options = {names: [{code: "GM0009", name: "Zeeland"}], reliabilityText: "minstens 300 respondenten"};

describe("gemeenteFocus", () => {
  it("is null without a chosen gemeente", () => {
    expect(gemeenteFocus(rows, null, options)).toBeNull();
    expect(gemeenteFocus(rows, "", options)).toBeNull();
  });

  it("marks an analysed gemeente with its rank and residual in Dutch notation", () => {
    const focus = gemeenteFocus(rows, "GM0001", options);
    expect(focus).toMatchObject({code: "GM0001", name: "Aadorp", analysed: true, note: null});
    // −1.234 rounds to two decimals with a decimal comma and a real minus sign.
    expect(focus?.summary).toBe("rang 3, residu \u22121,23 σ");
    expect(isFocus(focus, "GM0001")).toBe(true);
    expect(isFocus(focus, "GM0002")).toBe(false);
  });

  it("says in one sentence why a gemeente is not in the analysis", () => {
    const unreliable = gemeenteFocus(rows, "GM0002", options);
    expect(unreliable?.analysed).toBe(false);
    expect(isFocus(unreliable, "GM0002")).toBe(false);
    expect(unreliable?.note).toBe(
      "De uitgelichte gemeente Bemmel staat niet in deze rangorde en grafieken: er is geen betrouwbare schatting van ervaren onveiligheid (minstens 300 respondenten; 120 respondenten).",
    );
    expect(gemeenteFocus(rows, "GM0003", options)?.note).toMatch(/Cadier .*buiten de gekozen regio\.$/);
    expect(gemeenteFocus(rows, "GM0004", options)?.note).toMatch(/Dalen .*indicator ontbreekt/);
    // No safety row at all: the name comes from the areas rows.
    expect(gemeenteFocus(rows, "GM0009", options)?.note).toMatch(/^De uitgelichte gemeente Zeeland .*geen gegevens/);
    expect(gemeenteFocus(rows, "GM0042", options)?.name).toBe("GM0042");
  });

  it("summarises a row as the table marker and the scatter label say it", () => {
    expect(residualSummary({rank: 12, standardizedResidual: 2.005})).toBe("rang 12, residu 2,01 σ");
  });
});
