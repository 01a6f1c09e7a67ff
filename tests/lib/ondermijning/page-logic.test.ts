// The logic moved out of the ondermijning page: indicator catalogue, the default query, ranking
// and flagging for the prose, downloads, labels and the wording of results. Reference values are
// worked out by hand in the comments next to them.
import {describe, expect, it} from "vitest";
import {analyseAndRank} from "../../../src/lib/ondermijning/analysis.js";
import {DEFAULTS} from "../../../src/lib/ondermijning/defaults.js";
import {
  correlationDownloadRows,
  mapDownloadRows,
  rankingDownloadRows,
  residualDownloadRows,
  slopeDownloadRows,
} from "../../../src/lib/ondermijning/downloads.js";
import {defaultWideParams, firstView} from "../../../src/lib/ondermijning/first-view.js";
import {gemeenteCodes, indicatorCatalog, INDEX_NAME} from "../../../src/lib/ondermijning/indicators.js";
import {
  correlationGroupDescription,
  correlationGroupLabel,
  indexAxisLabel,
  MAP_CHOICE_LABELS,
  ONVEILIG_LABEL,
  STANDARDISATION_LABELS,
  STEDELIJKHEID_COLUMNS_NOTE,
  TERCILE_LABELS,
} from "../../../src/lib/ondermijning/labels.js";
import {weightSharesText} from "../../../src/lib/ondermijning/methode-text.js";
import {interactionVerdict, pValueText} from "../../../src/lib/ondermijning/moderation-text.js";
import {ONDERMIJNING_IDS, safetyWide} from "../../../src/lib/ondermijning/queries.js";
import {topRanked} from "../../../src/lib/ondermijning/ranking.js";
import {flaggedGemeenten} from "../../../src/lib/ondermijning/residuals.js";
import {SHARED_DEFAULTS} from "../../../src/lib/defaults.js";
import {compile} from "../../../src/lib/sql.js";
import {DEMOLAND_YEARS} from "../../helpers/years.ts";

describe("defaults and the default query", () => {
  it("are flat, include the shared defaults and the report's choices", () => {
    expect(DEFAULTS).toMatchObject({
      ...SHARED_DEFAULTS,
      safetyYear: 2019,
      lbmYear: 2020,
      minRespondents: 300,
      standardisation: "z",
      outlierAlpha: 0.05,
      topN: 10,
    });
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
  });

  it("asks the page's query with the same text and bound values as the first view", () => {
    expect(defaultWideParams(DEMOLAND_YEARS)).toEqual({safetyYear: 2019, lbmYear: 2020});
    const [, wide] = firstView(DEMOLAND_YEARS);
    const page = compile(safetyWide(defaultWideParams(DEMOLAND_YEARS)));
    expect(compile(wide)).toEqual(page);
    // The safety year is bound once in the join, the lbm year once in the soc join.
    expect(page.params).toContain(2019);
    expect(page.params).toContain(2020);
  });

  it("asks for the years the data has when the report's are absent", () => {
    // Veiligheidsmonitor 2021 and 2023 only: 2021 is closest to 2019; LBM 2022 is closest to 2020.
    const years = {lbm: [2022, 2024], ses: [], safety: [2021, 2023]};
    expect(defaultWideParams(years)).toEqual({safetyYear: 2021, lbmYear: 2022});
    expect(compile(firstView(years)[1]).params).toEqual(compile(safetyWide({safetyYear: 2021, lbmYear: 2022})).params);
  });
});

describe("indicatorCatalog", () => {
  const own = [{id: "eigen_1", name: "Eigen teller", values: new Map([["GM0001", 5]])}];

  it("lists the built-in measures (in the URL) before the uploaded ones (not in the URL)", () => {
    const {indicators} = indicatorCatalog(own);
    expect(indicators.map((d) => d.id)).toEqual([...ONDERMIJNING_IDS, "eigen_1"]);
    expect(indicators[0]).toEqual({
      id: "verdachten_drugs",
      label: "Verdachten van drugsmisdrijven",
      note: "per 1.000 inwoners",
      url: true,
    });
    expect(indicators.at(-1)).toEqual({
      id: "eigen_1",
      label: "Eigen teller",
      note: "eigen bestand",
      url: false,
      values: own[0].values,
    });
  });

  it("labels indicators, the index, and an unknown id as itself", () => {
    const {labelOf} = indicatorCatalog(own);
    expect(labelOf("hennepkwekerijen")).toBe("Opgerolde hennepkwekerijen");
    expect(labelOf("eigen_1")).toBe("Eigen teller");
    expect(labelOf("index")).toBe(INDEX_NAME);
    expect(INDEX_NAME).toBe("Samengestelde index");
    expect(labelOf("onbekend")).toBe("onbekend");
  });

  it("keeps the first label when an uploaded column reuses an id", () => {
    const {labelOf} = indicatorCatalog([{id: "witwassen", name: "Mijn witwassen", values: new Map()}]);
    expect(labelOf("witwassen")).toBe("Verdachten van witwassen");
  });

  it("collects the known gemeentecodes", () => {
    expect([...gemeenteCodes([{code: "GM0001"}, {code: "GM0002"}, {code: "GM0001"}])]).toEqual(["GM0001", "GM0002"]);
  });
});

describe("analyseAndRank", () => {
  // One indicator; X lacks enough respondents. Index order by value: Alfa 4, Bravo = Delta 3,
  // Echt 1, so ranks 1, 2, 2, 4, and the tie sorts by name.
  const row = (code: string, name: string, a: number, onveilig: number, reliable = true) => ({
    code,
    name,
    a,
    onveilig,
    soc: a / 10,
    stedelijkheid: 1,
    reliable,
    in_selection: true,
  });
  const rows = [
    row("GM1", "Echt", 1, 10),
    row("GM2", "Delta", 3, 14),
    row("GM3", "Bravo", 3, 15),
    row("GM4", "Alfa", 4, 20),
    row("GM5", "X", 2, 11, false),
  ];
  const labelOf = (id: string) => ({a: "Indicator A", b: "Indicator B"})[id] ?? id;
  const out = analyseAndRank(rows, {
    indicators: [{id: "a"}, {id: "b"}],
    weights: [
      {id: "a", weight: 2},
      {id: "b", weight: 0},
    ],
    method: "z",
    outlierAlpha: 0.05,
    labelOf,
  });

  it("keeps only indicators with a weight above 0, as shares of the total", () => {
    expect(out.chosen).toEqual([{id: "a", weight: 2, share: 1}]);
    expect(out.chosenIndicators).toEqual([{id: "a", label: "Indicator A"}]);
  });

  it("analyses the reliable rows and sorts them by rank, ties by name", () => {
    expect(out.analysedRows.map((d) => d.code)).toEqual(["GM1", "GM2", "GM3", "GM4"]);
    expect(out.ranked.map((d) => [d.name, d.rank])).toEqual([
      ["Alfa", 1],
      ["Bravo", 2],
      ["Delta", 2],
      ["Echt", 4],
    ]);
    expect(out.result.counts.analysed).toBe(4);
  });

  it("gives the top N with the ties at the cut-off", () => {
    expect(topRanked(out.ranked, 2).map((d) => d.name)).toEqual(["Alfa", "Bravo", "Delta"]);
    expect(topRanked(out.ranked, 1).map((d) => d.name)).toEqual(["Alfa"]);
  });
});

describe("flaggedGemeenten", () => {
  it("lists each label's gemeenten from the most extreme residual", () => {
    const rows = [
      {name: "a", label: "signsWithoutUnsafety", standardizedResidual: -2.5},
      {name: "b", label: null, standardizedResidual: 0.1},
      {name: "c", label: "unsafetyWithoutSigns", standardizedResidual: 2.1},
      {name: "d", label: "signsWithoutUnsafety", standardizedResidual: -3},
      {name: "e", label: "unsafetyWithoutSigns", standardizedResidual: 3.4},
      {name: "f", label: "unsafetyWithoutSigns", standardizedResidual: 2.5},
    ];
    const flagged = flaggedGemeenten(rows);
    expect(flagged.signsWithoutUnsafety.map((d) => d.name)).toEqual(["d", "a"]);
    expect(flagged.unsafetyWithoutSigns.map((d) => d.name)).toEqual(["e", "f", "c"]);
  });
});

describe("downloads", () => {
  const row = {
    code: "GM1",
    name: "Alfa",
    rank: 1,
    nationalRank: 3,
    index: 1.25,
    values: {a: 7, b: 8},
    onveilig: 20,
    respondents: 400,
    soc: 0.3,
    fitted: 18,
    residual: 2,
    standardizedResidual: 2.2,
    label: "unsafetyWithoutSigns",
    reliable: true,
    in_selection: true,
  };

  it("give the ranking with one column per chosen indicator, Dutch headers with units, labels as text", () => {
    const [out] = rankingDownloadRows([row], [{id: "b", label: "Indicator B"}]);
    expect(Object.keys(out)).toEqual([
      "Rang",
      "Rang landelijk",
      "Gemeentecode",
      "Gemeente",
      "Index (gewogen gemiddelde van de gestandaardiseerde indicatoren)",
      "Indicator B",
      "Onveilig (%)",
      "Respondenten (aantal)",
      "Sociale samenhang soc (afw-punten)",
      "Residu (procentpunt)",
      "Residu (× σ)",
      "Opvallend",
    ]);
    expect(out).toMatchObject({
      Rang: 1,
      "Rang landelijk": 3,
      "Indicator B": 8,
      Opvallend: "weinig signalen, veel onveiligheid",
    });
    expect(rankingDownloadRows([{...row, label: null}], [])[0].Opvallend).toBeNull();
  });

  it("round to the precision the page shows: no float noise such as 4.1248000000000005", () => {
    const [out] = rankingDownloadRows(
      [{...row, index: 4.1248000000000005, onveilig: 18.349999, standardizedResidual: -0.004}],
      [],
    );
    expect(out["Index (gewogen gemiddelde van de gestandaardiseerde indicatoren)"]).toBe(4.125);
    expect(out["Onveilig (%)"]).toBe(18.3);
    expect(out["Residu (× σ)"]).toBe(0); // not -0
  });

  it("give the residuals, correlations and slopes", () => {
    expect(residualDownloadRows([row])).toEqual([
      {
        Gemeentecode: "GM1",
        Gemeente: "Alfa",
        Index: 1.25,
        "Voorspeld onveilig (%)": 18,
        "Onveilig (%)": 20,
        "Respondenten (aantal)": 400,
        "Sociale samenhang soc (afw-punten)": 0.3,
        "Residu (procentpunt)": 2,
        "Residu (× σ)": 2.2,
        Opvallend: "weinig signalen, veel onveiligheid",
      },
    ]);
    expect(
      correlationDownloadRows([{id: "index", group: 2, r: 0.5, lo: 0.1, hi: 0.8, n: 30}], () => "Samengestelde index"),
    ).toEqual([
      {
        Indicator: "Samengestelde index",
        Stedelijkheid: 2,
        "Correlatie r": 0.5,
        "95%-interval ondergrens": 0.1,
        "95%-interval bovengrens": 0.8,
        "Gemeenten (aantal)": 30,
      },
    ]);
    expect(slopeDownloadRows([{group: 2, mMin: 0.1, mMax: 0.4, n: 12, slope: 1.5, lo: 0.5, hi: 2.5}])).toEqual([
      {
        "Sociale samenhang": "hoge samenhang",
        "Samenhang soc vanaf (afw-punten)": 0.1,
        "Samenhang soc tot en met (afw-punten)": 0.4,
        "Gemeenten (aantal)": 12,
        "Helling (procentpunt onveilig per punt index)": 1.5,
        "95%-interval ondergrens": 0.5,
        "95%-interval bovengrens": 2.5,
      },
    ]);
  });

  it("give the map's gemeenten: the region selection, reliable or not", () => {
    const rows = [row, {...row, code: "GM2", reliable: false, index: null}, {...row, code: "GM3", in_selection: false}];
    const map = (code: string, reliable: string, index: number | null) => ({
      Gemeentecode: code,
      Gemeente: "Alfa",
      "Betrouwbare schatting": reliable,
      Index: index,
      "Residu (× σ)": 2.2,
    });
    expect(mapDownloadRows(rows)).toEqual([map("GM1", "ja", 1.25), map("GM2", "nee", null)]);
  });
});

describe("labels", () => {
  it("name the standardisations, groups, terciles and map choices", () => {
    expect(ONVEILIG_LABEL).toBe("Voelt zich weleens onveilig in eigen buurt");
    expect(Object.keys(STANDARDISATION_LABELS)).toEqual(["z", "rank"]);
    expect(indexAxisLabel("z")).toBe("Index (gewogen gemiddelde z-score)");
    expect(indexAxisLabel("rank")).toBe("Index (gewogen gemiddeld rangpercentiel)");
    expect([correlationGroupLabel("all"), correlationGroupLabel(3)]).toEqual(["alle", "3"]);
    expect([correlationGroupDescription("all"), correlationGroupDescription(1)]).toEqual([
      "Alle",
      "1 – Zeer sterk stedelijk",
    ]);
    expect(STEDELIJKHEID_COLUMNS_NOTE).toBe(
      "Kolommen: alle gemeenten, dan 1 = zeer sterk stedelijk, 2 = sterk stedelijk, 3 = matig stedelijk, 4 = weinig stedelijk, 5 = niet stedelijk. Weinig gemeenten in een klasse geeft een breed interval.",
    );
    expect(TERCILE_LABELS).toEqual(["lage samenhang", "middelste samenhang", "hoge samenhang"]);
    expect(Object.keys(MAP_CHOICE_LABELS)).toEqual(["index", "residu"]);
  });
});

describe("result wording", () => {
  it("writes small p-values as a bound, others with three decimals", () => {
    expect(pValueText(0.0004)).toBe("p < 0,001");
    expect(pValueText(0.0123)).toBe("p = 0,012");
  });

  it("says what the interaction term shows at the 5% level", () => {
    expect(interactionVerdict({coefficient: -1, p: 0.01})).toMatch(/minder sterk/);
    expect(interactionVerdict({coefficient: 1, p: 0.01})).toMatch(/juist sterker/);
    expect(interactionVerdict({coefficient: -1, p: 0.05})).toMatch(/^Het interval omvat nul/);
    expect(interactionVerdict({coefficient: -1, p: NaN})).toBe("");
  });

  it("lists the weights as rounded percentages of the total", () => {
    // 3 / (3 + 1) = 75%, 1 / 4 = 25%; 1 / 3 rounds to 33%.
    expect(
      weightSharesText(
        [
          {id: "a", share: 0.75},
          {id: "b", share: 0.25},
        ],
        (id) => id.toUpperCase(),
      ),
    ).toBe("A 75%, B 25%");
    expect(weightSharesText([{id: "a", share: 1 / 3}], (id) => id)).toBe("a 33%");
    expect(weightSharesText([], (id) => id)).toBe("");
  });
});
