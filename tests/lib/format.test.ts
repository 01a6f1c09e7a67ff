// Dutch number formats (nl-NL): decimal comma, thousands dot, en dash for missing values.
import {describe, expect, it} from "vitest";
import {formatDecimal, formatInt, formatTick} from "../../src/lib/format.js";

describe("format", () => {
  it("writes numbers the Dutch way", () => {
    expect(formatInt(1294)).toBe("1.294");
    expect(formatDecimal(0.615, 2)).toBe("0,62");
    expect(formatInt(null)).toBe("–");
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
});
