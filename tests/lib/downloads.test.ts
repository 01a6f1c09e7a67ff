// Downloads as a reader gets them: settings lines first, Excel-NL with semicolons and decimal
// commas, Dutch headers, numbers rounded as shown. Expected texts written out by hand.
import {describe, expect, it} from "vitest";
import {CSV_VARIANTS, downloadText} from "../../src/components/download.js";
import {downloadRows, roundForDownload} from "../../src/lib/download-table.js";
import {currentSettings, registerSetting, settingsSnapshot} from "../../src/lib/page-settings.js";

const [EXCEL_NL, STANDARD] = CSV_VARIANTS;
const provenance = {
  source: "demo",
  dataset: {id: "demo-seed-7-abc"},
  generator: {name: "demoland", version: "1.1.0", seed: 7},
};

describe("download rows", () => {
  it("rounds to the digits shown, scales fractions to percentages, and removes float noise", () => {
    expect(roundForDownload(4.1248000000000005)).toBe(4.1248);
    expect(roundForDownload(0.1 + 0.2)).toBe(0.3);
    expect(roundForDownload(-0.0004, 3)).toBe(0);
    expect(roundForDownload(2.345678, 2)).toBe(2.35);
    const rows = downloadRows(
      [{share: 0.12345, n: 3}],
      [
        {key: "share", header: "Aandeel (%)", scale: 100, digits: 1},
        {key: "n", header: "Gebieden (aantal)"},
      ],
    );
    expect(rows).toEqual([{"Aandeel (%)": 12.3, "Gebieden (aantal)": 3}]);
    expect(downloadRows([], [{key: "n", header: "Gebieden (aantal)"}]).columns).toEqual(["Gebieden (aantal)"]);
  });
});

describe("download text", () => {
  registerSetting("startklassen", {label: "Startklassen", read: () => [1, 2, 3], text: () => "1, 2, 3"});
  registerSetting("regio", {label: "Regio", read: () => ({provincie: null}), text: () => "heel het land"});
  const entry = {
    base: "overgangen-demoland",
    rows: async () =>
      downloadRows(
        [{share: 0.5, r: -0.123456}],
        [
          {key: "share", header: "Aandeel (%)", scale: 100, digits: 1},
          {key: "r", header: "Correlatie r", digits: 3},
        ],
      ),
    provenance,
    note: null,
    guardFormulas: true,
  };

  it("writes Excel-NL with semicolons and decimal commas, headed by the settings", async () => {
    const text = await downloadText(entry, EXCEL_NL);
    expect(text.split("\r\n")).toEqual([
      "# Synthetische gegevens uit Demoland (demoland 1.1.0 seed 7) - geen echte cijfers",
      "# Gegevens demo-seed-7-abc",
      "# Startklassen: 1, 2, 3",
      "# Regio: heel het land",
      expect.stringMatching(/^# Gemaakt: \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      "Aandeel (%);Correlatie r",
      "50;-0,123",
      "",
    ]);
  });

  it("writes standard CSV with commas and decimal points; comment lines stay one field", async () => {
    const text = await downloadText(entry, STANDARD);
    expect(text).toContain("# Startklassen: 1; 2; 3\r\n");
    expect(text).toContain("Aandeel (%),Correlatie r\r\n50,-0.123\r\n");
  });

  it("keeps the same settings as JSON", () => {
    const snapshot = settingsSnapshot({file: "x"});
    expect(snapshot.instellingen).toEqual(currentSettings());
    expect(snapshot.instellingen.map((s) => s.key)).toEqual(["startklassen", "regio"]);
    expect(snapshot.bestand).toBe("x");
  });
});
