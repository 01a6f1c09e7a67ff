// Dutch number formats (nl-NL): decimal comma, thousands dot, a real minus sign, en dash for missing values.
import {describe, expect, it} from "vitest";
import {
  formatChoice,
  formatDecimal,
  formatInt,
  formatPercent,
  formatTick,
  nlLocale,
  plural,
} from "../../src/lib/format.js";
import {countNoun} from "../../src/lib/labels.js";

describe("format", () => {
  it("writes numbers the Dutch way", () => {
    expect(formatInt(1294)).toBe("1.294");
    expect(formatDecimal(0.615, 2)).toBe("0,62");
    expect(formatInt(null)).toBe("–");
  });

  it("writes negatives with U+2212, not the hyphen-minus that sits next to en dashes", () => {
    expect(formatDecimal(-0.004, 3)).toBe("\u22120,004");
    expect(formatInt(-1234)).toBe("\u22121.234");
    expect(formatPercent(-0.1)).toBe("\u221210%");
  });

  it("axis ticks: years and four-digit counts without a dot, larger numbers grouped, a real minus sign", () => {
    expect([2014, 1294, 12400, 0.25, -0.8, 1011.0000001].map(formatTick)).toEqual([
      "2014",
      "1294",
      "12.400",
      "0,25",
      "−0,8",
      "1011",
    ]);
    expect(formatTick("buurt")).toBe("buurt");
  });

  it("select choices: years stay 2020, permutations 9.999, levels 0,05", () => {
    expect([2020, 2019, 9999, 999, 0.05, "buurt"].map(formatChoice)).toEqual([
      "2020",
      "2019",
      "9.999",
      "999",
      "0,05",
      "buurt",
    ]);
  });

  it("d3 specifiers in the nl-NL locale (as Plot string tick formats get them)", () => {
    expect(nlLocale.format(",.1f")(-1234.56)).toBe("−1.234,6");
    expect(nlLocale.format("+.1f")(0.1)).toBe("+0,1");
  });

  it("counts with the noun in the right number", () => {
    expect(plural(1, "gemeente", "gemeenten")).toBe("1 gemeente");
    expect(plural(1294, "resultaat", "resultaten")).toBe("1.294 resultaten");
    expect(countNoun(1, "wijken")).toBe("1 wijk");
    expect(countNoun(0, "gemeenten")).toBe("0 gemeenten");
    expect(countNoun(2, "buurten")).toBe("2 buurten");
  });
});
