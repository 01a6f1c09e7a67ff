// The small reshaping steps of the SES page: rankings, the dimension profile rows, cluster counts,
// labels, downloads, the first view's parameters and the Methode text. Expected values by hand.
import {LBM_MEASURE_LABELS, SES_MEASURE_LABELS} from "../../../src/lib/labels.js";
import {describe, expect, it} from "vitest";
import {DEFAULTS} from "../../../src/lib/ongelijkheid/defaults.js";
import {
  groupDownload,
  lisaDownload,
  matrixDownload,
  regionDownload,
  scatterDownload,
  spreadDownload,
} from "../../../src/lib/ongelijkheid/downloads.js";
import {defaultPairsParams, firstView, pairsParams} from "../../../src/lib/ongelijkheid/first-view.js";
import {
  formatAlpha,
  groupLabeler,
  intervalName,
  lisaClusterLabels,
  lowLowCluster,
  neighbourRule,
} from "../../../src/lib/ongelijkheid/labels.js";
import {countClusters, gemeentenByLowLow} from "../../../src/lib/ongelijkheid/lisa-clusters.js";
import {methodeDefinitions} from "../../../src/lib/ongelijkheid/methode.js";
import {
  PROFILE_GROUPS,
  profileAreas,
  profileBars,
  rankByHighLbmLowSes,
} from "../../../src/lib/ongelijkheid/quadrant.js";
import {sesPairs} from "../../../src/lib/ongelijkheid/queries.js";
import {EMPTY_REGION} from "../../../src/lib/region.js";
import {compile} from "../../../src/lib/sql.js";
import {DEMOLAND_YEARS} from "../../helpers/years.ts";

describe("quadrant results", () => {
  it("ranks by the share of low status above the LBM cut, ties by code", () => {
    const shares = [
      {code: "GM3", share_high_lbm_low_ses: 0.1},
      {code: "GM2", share_high_lbm_low_ses: 0.4},
      {code: "GM1", share_high_lbm_low_ses: 0.4},
    ];
    expect(rankByHighLbmLowSes(shares).map((d) => d.code)).toEqual(["GM1", "GM2", "GM3"]);
    expect(shares[0].code).toBe("GM3");
  });

  it("turns the profile into one bar per group and dimension", () => {
    const profile = [
      {low_low: true, areas: 12, won: -1, fys: -2, vrz: 3, soc: -4, onv: -5},
      {low_low: false, areas: 88, won: 1, fys: 2, vrz: -3, soc: 4, onv: 5},
    ];
    const bars = profileBars(profile);
    expect(bars).toHaveLength(10);
    expect(bars[0]).toEqual({groep: "Laag–laag", dimensie: "Woningvoorraad", score: -1, n: 12});
    expect(bars[9]).toEqual({groep: "Overige", dimensie: "Overlast en onveiligheid", score: 5, n: 88});
    expect(PROFILE_GROUPS).toEqual(["Laag–laag", "Overige"]);
    expect([profileAreas(profile, true), profileAreas(profile, false), profileAreas([], true)]).toEqual([12, 88, 0]);
  });
});

describe("LISA clusters", () => {
  const clusters = [
    {gemeente_code: "A", gemeente_name: "Aa", cluster: 2},
    {gemeente_code: "A", gemeente_name: "Aa", cluster: 0},
    {gemeente_code: "A", gemeente_name: "Aa", cluster: 0},
    {gemeente_code: "A", gemeente_name: "Aa", cluster: 2},
    {gemeente_code: "B", gemeente_name: "Bee", cluster: 2},
    {gemeente_code: "B", gemeente_name: "Bee", cluster: 2},
    {gemeente_code: "C", gemeente_name: "Cee", cluster: 1},
    {gemeente_code: "D", gemeente_name: "Dee", cluster: 2},
  ];

  it("counts the areas per cluster type", () => {
    expect(countClusters(clusters, lisaClusterLabels("bivariate")).map((d) => d.n)).toEqual([2, 1, 5, 0, 0, 0]);
  });

  it("ranks gemeenten by low–low areas, ties by their share (B: 2 of 2 before A: 2 of 4)", () => {
    expect(gemeentenByLowLow(clusters, 2)).toEqual([
      {name: "Bee", lowLow: 2, areas: 2},
      {name: "Aa", lowLow: 2, areas: 4},
      {name: "Dee", lowLow: 1, areas: 1},
    ]);
    expect(gemeentenByLowLow(clusters, 2, 1)).toHaveLength(1);
    expect(gemeentenByLowLow(clusters, 1).map((g) => g.name)).toEqual(["Cee"]);
  });

  it("names the low–low cluster of either variant", () => {
    expect(lisaClusterLabels("bivariate")[lowLowCluster("bivariate")]).toBe("laag–laag");
    expect(lisaClusterLabels("indicator")[lowLowCluster("indicator")]).toBe("cluster van laag–laag");
    expect(lisaClusterLabels("indicator")).toHaveLength(lisaClusterLabels("bivariate").length);
  });
});

describe("labels", () => {
  it("names groups, intervals, significance levels and neighbour rules", () => {
    expect(groupLabeler("size_class")("G4")).toBe("G4 (vier grote steden)");
    expect(groupLabeler("stedelijkheid")(1)).toBe("1 – Zeer sterk stedelijk");
    expect(groupLabeler("stedelijkheid")(9)).toBe("Stedelijkheid 9");
    expect(intervalName("spearman")).toBe("Fisher-z met variantie 1,06/(n − 3)");
    expect(intervalName("pearson")).toBe("Fisher-z");
    expect([formatAlpha(0.05), formatAlpha(0.001)]).toEqual(["0,05", "0,001"]);
    expect(neighbourRule("knn", 6)).toBe("6 dichtstbijzijnde zwaartepunten");
    expect(neighbourRule("rook", 6)).toBe("gemeenschappelijke grens");
  });
});

describe("downloads", () => {
  it("use Dutch headers with units and round as the page shows", () => {
    const row = {
      code: "BU1",
      name: "b",
      gemeente_name: "G",
      ses_total: 0.5,
      ses_spread: 0.1,
      lbm: 4.1248000000000005,
      households: 10,
    };
    expect(scatterDownload([row], {sesMeasure: "ses_total", lbmMeasure: "lbm"})).toEqual([
      {
        Code: "BU1",
        Naam: "b",
        Gemeente: "G",
        [`${SES_MEASURE_LABELS.ses_total} (SES-WOA-score)`]: 0.5,
        [`${LBM_MEASURE_LABELS.lbm} (Leefbaarometer)`]: 4.1248,
        "Huishoudens (aantal)": 10,
      },
    ]);
    expect(spreadDownload([row])).toEqual([
      {
        Code: "BU1",
        Naam: "b",
        "SES-WOA totaalscore": 0.5,
        "SES-WOA spreiding binnen het gebied": 0.1,
        "Leefbaarometer totaalscore": 4.1248,
      },
    ]);
    const r = {group: "CR1", label: "Noord", r: 0.51234, lower: 0.4, upper: 0.6, n: 30};
    const ci = {
      "Correlatie r": 0.512,
      "95%-interval ondergrens": 0.4,
      "95%-interval bovengrens": 0.6,
      "Gebieden (aantal)": 30,
    };
    expect(groupDownload([r])).toEqual([{Groep: "Noord", ...ci}]);
    expect(regionDownload([r])).toEqual([{Code: "CR1", Naam: "Noord", ...ci}]);
    // lower/upper: the gemeente-clustered interval; the Fisher interval and the shrunk r go beside it.
    expect(groupDownload([{...r, fisherLower: 0.45123, fisherUpper: 0.55}])[0]).toMatchObject({
      "95%-interval ondergrens (Fisher, onafhankelijk)": 0.451,
      "95%-interval bovengrens (Fisher, onafhankelijk)": 0.55,
    });
    expect(regionDownload([{...r, shrunk: 0.48, shrunkLower: 0.41, shrunkUpper: 0.55}])[0]).toMatchObject({
      "Correlatie r na krimp": 0.48,
      "Ondergrens na krimp": 0.41,
      "Bovengrens na krimp": 0.55,
    });
    expect(matrixDownload([{lbm: "won", ses: "ses_total", r: 0.2, n: 9}])).toEqual([
      {"Leefbaarometer-maat": "won", "SES-WOA-maat": "ses_total", "Correlatie r": 0.2, "Gebieden (aantal)": 9},
    ]);
    const cluster = {code: "BU1", name: "b", gemeente_name: "G", I: 1.5, p: 0.01, q: 0.02, cluster: 2};
    expect(lisaDownload([cluster], lisaClusterLabels("bivariate"))).toEqual([
      {
        Code: "BU1",
        Naam: "b",
        Gemeente: "G",
        "Lokale Moran's I": 1.5,
        "p-waarde (permutaties)": 0.01,
        "p-waarde na FDR-correctie": 0.02,
        Cluster: "laag–laag",
      },
    ]);
  });
});

describe("first view", () => {
  it("builds the pairs parameters from the page's controls, nothing else", () => {
    const controls = {
      lbmYear: 2018,
      sesYear: 2019,
      level: "wijk",
      region: EMPTY_REGION,
      minHouseholds: 50,
      method: "spearman",
    };
    expect(pairsParams(controls)).toEqual({
      lbmYear: 2018,
      sesYear: 2019,
      level: "wijk",
      region: EMPTY_REGION,
      minHouseholds: 50,
    });
  });

  it("asks the default view's pairs query with the defaults the controls start from", () => {
    expect(defaultPairsParams(DEMOLAND_YEARS)).toEqual({
      lbmYear: DEFAULTS.lbmYear,
      sesYear: DEFAULTS.sesYear,
      level: DEFAULTS.level,
      region: EMPTY_REGION,
      minHouseholds: DEFAULTS.minHouseholds,
    });
    const [, pairsQuery] = firstView(DEMOLAND_YEARS);
    expect(compile(pairsQuery)).toEqual(
      compile(sesPairs({lbmYear: 2020, sesYear: 2019, level: "buurt", region: EMPTY_REGION, minHouseholds: 0})),
    );
  });

  it("starts from the years the data has when the report's are absent", () => {
    // SES-WOA 2021+ only: 2021 is the closest to the report's 2019; LBM 2020 is there.
    const years = {lbm: [2014, 2018, 2020, 2022], ses: [2021, 2022], safety: []};
    expect(defaultPairsParams(years)).toMatchObject({lbmYear: 2020, sesYear: 2021});
  });
});

describe("methodeDefinitions", () => {
  it("fills in the current settings", () => {
    const view = {
      method: "spearman",
      weighting: "households",
      noun: "wijken",
      minHouseholds: 50,
      sesPercentile: 10,
      sesYear: 2019,
      sesCut: 0.1234,
      maxLbmClass: 4,
      lbmYear: 2020,
      minAreas: 5,
      lisaWeights: "queen",
      lisaK: 6,
      lisaPermutations: 999,
      lisaSeed: 1,
      lisaCorrection: "fdr",
    };
    const text = Object.fromEntries(methodeDefinitions(view).map((d) => [d.term, d.text]));
    expect(Object.keys(text)).toEqual([
      "Correlatie",
      "95%-interval",
      "Regressielijn",
      "Ontbrekend",
      "Laag–laag",
      "LISA",
      "Spreiding",
    ]);
    expect(text.Correlatie).toMatch(/^Spearman \(rangcorrelatie\), gewogen naar huishoudens,/);
    expect(text.Ontbrekend).toContain("Minimaal 50 huishoudens per gebied.");
    expect(text["Laag–laag"]).toContain("onder het 10e percentiel van alle wijken met een score in 2019 (grens 0,123;");
    expect(text["Laag–laag"]).toContain("Leefbaarometerklasse 4 (zwak) of lager in 2020");
    expect(text.LISA).toContain("(gemeenschappelijke grens of hoekpunt)");
    expect(text.LISA).toContain("R = 999 conditionele permutaties, per gebied een eigen reeks (seed 1");
  });
});
