// Stijgers en dalers: the logic that used to sit in the page (definition from the controls, the
// first view, the scores cache, headline shares, decomposition groups and findings, breakdown rows,
// areas table, map areas, Methode content). Fixtures are small hand-made rows and a five-buurt
// scores object; every expected value below is worked out by hand from those.
import {describe, expect, it} from "vitest";
import {compile} from "../../../src/lib/sql.js";
import {gemeenteAreas} from "../../../src/lib/region-sql.js";
import {
  areaDownloadRows,
  areaTableRows,
  mainContributorLabelOfArea,
  sufficientScore,
} from "../../../src/lib/stijgers/area-table.js";
import {breakdownShareRows} from "../../../src/lib/stijgers/breakdown.js";
import {decompositionFindings} from "../../../src/lib/stijgers/decomposition.js";
import {decompositionByStartClass, decompositionGroups} from "../../../src/lib/stijgers/decomposition-groups.js";
import {DEFAULTS, datasetDefaults} from "../../../src/lib/stijgers/defaults.js";
import {defaultDefinition, definitionFromControls} from "../../../src/lib/stijgers/definition.js";
import * as engine from "../../../src/lib/stijgers/engine.js";
import {firstView} from "../../../src/lib/stijgers/first-view.js";
import {regionMapAreas} from "../../../src/lib/stijgers/map-areas.js";
import {methodeContent} from "../../../src/lib/stijgers/methode.js";
import {SCORE_COLUMNS} from "../../../src/lib/stijgers/queries.js";
import {
  buildScores,
  gemeenteRegionQuery,
  levelAreasQuery,
  loadQueries,
  scoresForLevel,
  scoresQuery,
} from "../../../src/lib/stijgers/scores.js";
import {summaryShares} from "../../../src/lib/stijgers/summary-shares.js";

const texts = (fragments: unknown[]) =>
  fragments.map((f) => {
    const {text, params} = compile(f as never);
    return {text, params};
  });

describe("definition from the controls", () => {
  it("starts from the report's definition", () => {
    expect(defaultDefinition()).toEqual({
      level: "buurt",
      baseYear: 2014,
      endYear: 2020,
      startClasses: [1, 2, 3, 4],
      riserMode: "threshold",
      riserMinClass: 5,
      riserGain: 2,
      fallerMode: "lower",
      fallerFromClasses: [5, 6],
      sufficientClass: 5,
      weight: "areas",
      region: {provincie: null, corop: null, gemeente: null, size_class: null, stedelijkheid: null},
    });
  });

  it("fills in what no control sets and reports what cannot be used", () => {
    const {def, error} = definitionFromControls({
      level: "wijk",
      baseYear: 2012,
      endYear: 2018,
      startClasses: [4, 3],
      riserMode: "gain",
      riserMinClass: 6,
      riserGain: 3,
      fallerMode: "fromSufficient",
      weight: "inhabitants",
      region: {provincie: "PV01"},
    });
    expect(error).toBeNull();
    expect(def).toMatchObject({
      level: "wijk",
      startClasses: [3, 4],
      fallerFromClasses: [5, 6],
      sufficientClass: 5,
      region: {provincie: "PV01", gemeente: null},
    });
    expect(definitionFromControls({...defaultDefinition(), baseYear: 2020, endYear: 2014})).toEqual({
      def: null,
      error: "Het eindjaar (2014) moet na het basisjaar (2020) liggen",
    });
  });
});

describe("definition on a dataset without the report's years", () => {
  it("starts from the base and end year the data has", () => {
    // LBM 2018, 2020, 2022: the end year 2020 is there; before it only 2018 is left for the base (report: 2014).
    const years = {lbm: [2018, 2020, 2022], ses: [], safety: []};
    expect(defaultDefinition(datasetDefaults(years))).toMatchObject({baseYear: 2018, endYear: 2020});
  });

  it("names a year the data lacks (a hand-edited link) instead of computing an empty view", () => {
    const controls = {...defaultDefinition(), baseYear: 2016, endYear: 2020};
    expect(definitionFromControls(controls, {years: [2014, 2018, 2020, 2022]})).toEqual({
      def: null,
      error: "Basisjaar 2016 is geen Leefbaarometer-jaar in deze gegevens (2014, 2018, 2020, 2022)",
    });
    expect(definitionFromControls(controls, {years: [2016, 2020]}).error).toBeNull();
  });

  it("takes the score years from the loaded rows and refuses others", () => {
    // fixtureScores has rows for 2014, 2016 and 2020 only.
    const scores = fixtureScores();
    expect(scores.years).toEqual([2014, 2016, 2020]);
    expect(() => engine.classify(scores, {...defaultDefinition(), baseYear: 2018})).toThrow(
      /Basisjaar 2018 is geen Leefbaarometer-jaar in deze gegevens \(2014, 2016, 2020\)/,
    );
  });
});

describe("first view", () => {
  it("lists the region filter's gemeenten and the three loading queries of the default level, as loadScores asks them", () => {
    expect(texts(firstView())).toEqual(
      texts([gemeenteAreas(), levelAreasQuery("buurt"), gemeenteRegionQuery(), scoresQuery("buurt")]),
    );
    const load = loadQueries(DEFAULTS.level);
    expect(texts([load.areas, load.gemeenten, load.scores])).toEqual(texts(firstView().slice(1)));
  });
});

// Five buurten in two gemeenten; scores in 2014, 2016 and 2020 (2014: every dimension 0, lbm 4).
const AREAS = [
  {
    code: "BU01",
    name: "Een",
    gemeente_code: "G1",
    gemeente_name: "Gem 1",
    provincie_code: "P1",
    provincie_name: "Noord",
    corop_code: "C1",
    corop_name: "C",
    size_class: "<20k",
    stedelijkheid: 1,
    inhabitants: 100,
  },
  {
    code: "BU02",
    name: "Twee",
    gemeente_code: "G1",
    gemeente_name: "Gem 1",
    provincie_code: "P1",
    provincie_name: "Noord",
    corop_code: "C1",
    corop_name: "C",
    size_class: "<20k",
    stedelijkheid: 2,
    inhabitants: 300,
  },
  {
    code: "BU03",
    name: "Drie",
    gemeente_code: "G2",
    gemeente_name: "Gem 2",
    provincie_code: "P2",
    provincie_name: "Zuid",
    corop_code: "C1",
    corop_name: "C",
    size_class: "G4",
    stedelijkheid: null,
    inhabitants: 200,
  },
  {
    code: "BU04",
    name: "Vier",
    gemeente_code: "G2",
    gemeente_name: "Gem 2",
    provincie_code: "P2",
    provincie_name: "Zuid",
    corop_code: "C1",
    corop_name: "C",
    size_class: "G4",
    stedelijkheid: 1,
    inhabitants: null,
  },
  {
    code: "BU05",
    name: "Vijf",
    gemeente_code: "G2",
    gemeente_name: "Gem 2",
    provincie_code: "P2",
    provincie_name: "Zuid",
    corop_code: "C1",
    corop_name: "C",
    size_class: "G4",
    stedelijkheid: 1,
    inhabitants: 50,
  },
];
const GEMEENTEN = [
  {code: "G1", provincie_code: "P1", corop_code: "C1", gemeente_code: "G1", size_class: "<20k", stedelijkheid: 3},
  {code: "G2", provincie_code: "P2", corop_code: "C1", gemeente_code: "G2", size_class: "G4", stedelijkheid: 1},
];
// [start class, end class, 2020 changes won..onv]: BU01 riser (4 → 6), BU02 rest (3 → 3), BU03 faller (2 → 1),
// BU04 other (5 → 4, not selected), BU05 has no 2020 score. 2016 has a score for BU02 only.
const CHANGES: [number, number | null, number[]][] = [
  [4, 6, [0, 0, 0.25, 0, 0.5]],
  [3, 3, [-0.125, 0.25, 0, 0, 0]],
  [2, 1, [0, 0, 0, -0.5, 0.125]],
  [5, 4, [0, 0.125, 0, 0, 0]],
  [4, null, [0, 0, 0, 0, 0]],
];

function fixtureScores() {
  const long: Record<string, number[]> = Object.fromEntries(
    ["i", "year", "lbm_class", "lbm", ...SCORE_COLUMNS].map((c) => [c, []]),
  );
  const push = (i: number, year: number, cls: number, dims: number[]) => {
    const afw = dims.reduce((a, b) => a + b, 0);
    const values: Record<string, number> = {
      i,
      year,
      lbm_class: cls,
      lbm: 4 + afw,
      afw,
      ...Object.fromEntries(["won", "fys", "vrz", "soc", "onv"].map((d, j) => [d, dims[j]])),
    };
    for (const [k, v] of Object.entries(values)) long[k].push(v);
  };
  CHANGES.forEach(([start, end, dims], i) => {
    push(i, 2014, start, [0, 0, 0, 0, 0]);
    if (i === 1)
      push(
        i,
        2016,
        start,
        dims.map((d) => d / 2),
      );
    if (end != null) push(i, 2020, end, dims);
  });
  return buildScores("buurt", AREAS, long, {gemeenten: GEMEENTEN});
}

describe("scores cache", () => {
  it("loads a level once per database and again for another level or database", async () => {
    const fakeDb = () => {
      const asked: string[] = [];
      const arrow = {getChild: () => ({toArray: () => []})};
      return {
        asked,
        query: async (f: unknown) => (asked.push(compile(f as never).text), []),
        queryArrow: async (f: unknown) => (asked.push(compile(f as never).text), arrow),
      };
    };
    const db = fakeDb();
    const first = await scoresForLevel(db, "buurt");
    expect(await scoresForLevel(db, "buurt")).toBe(first);
    expect(db.asked).toHaveLength(3);
    const load = loadQueries("buurt");
    expect(db.asked).toEqual([load.areas, load.gemeenten, load.scores].map((f) => compile(f).text));
    await scoresForLevel(db, "wijk");
    expect(db.asked).toHaveLength(6);
    const other = fakeDb();
    expect(await scoresForLevel(other, "buurt")).not.toBe(first);
    expect(other.asked).toHaveLength(3);
  });
});

describe("headline shares", () => {
  const summary = {
    selected: 3,
    risers: 1,
    fallers: 1,
    faller_base: 4,
    selected_weight: 600,
    risers_weight: 100,
    fallers_weight: 200,
    faller_base_weight: 800,
  };
  it("takes risers of the selection and fallers of their base, in areas or inhabitants", () => {
    expect(summaryShares(summary)).toEqual({riserShare: 1 / 3, fallerShare: 1 / 4, fallerBase: 4});
    expect(summaryShares(summary, {weighted: true})).toEqual({
      riserShare: 100 / 600,
      fallerShare: 200 / 800,
      fallerBase: 800,
    });
    expect(summaryShares({...summary, selected: 0, faller_base: 0})).toMatchObject({
      riserShare: null,
      fallerShare: null,
      fallerBase: 0,
    });
  });
});

describe("decomposition groups and findings", () => {
  const row = (grp: string, startClass: number | null, n: number, dims: number[]) => ({
    grp,
    start_class: startClass,
    n,
    weight: n,
    afw: dims.reduce((a, b) => a + b, 0),
    ...Object.fromEntries(["won", "fys", "vrz", "soc", "onv"].map((d, j) => [d, dims[j]])),
  });
  const rows = [
    row("daler", null, 1, [0, 0, 0, -0.25, -0.5]),
    row("daler", 3, 1, [0, 0, 0, -0.25, -0.5]),
    row("landelijk", null, 1234, [0, 0, 0.125, 0, 0]),
    row("regio", null, 5, [0, 0, 0.25, 0, 0]),
    row("stijger", null, 4, [0.125, 0, 0, 0, 0.5]),
    row("stijger", 3, 1, [0, 0, 0, 0, 0.5]),
    row("stijger", 4, 3, [0.25, 0, 0, 0, 0.5]),
  ];

  it("lists the groups with their counts, the region only when one is chosen", () => {
    const none = decompositionGroups(rows, defaultDefinition());
    expect(none.map((g) => g.label)).toEqual([
      "Stijgers (n = 4)",
      "Dalers (n = 1)",
      "Rest van de selectie (n = 0)",
      "Landelijk (alle gebieden) (n = 1.234)",
    ]);
    expect(none[0].row.onv).toBe(0.5);
    const region = decompositionGroups(rows, {...defaultDefinition(), region: {provincie: "P1"}});
    expect(region.map((g) => g.label)).toEqual([
      "Stijgers (n = 4)",
      "Dalers (n = 1)",
      "Rest van de selectie (n = 0)",
      "Regio (alle gebieden) (n = 5)",
      "Landelijk (alle gebieden) (n = 1.234)",
    ]);
    expect(decompositionGroups(rows, null)).toHaveLength(4);
  });

  it("splits by start class in the order of the classes, leaving out empty groups", () => {
    expect(decompositionByStartClass(rows, [3, 4]).map((g) => g.label)).toEqual([
      "3 onvoldoende · stijgers (n = 1)",
      "3 onvoldoende · dalers (n = 1)",
      "4 zwak · stijgers (n = 3)",
    ]);
    expect(decompositionByStartClass(rows, [1])).toEqual([]);
  });

  it("checks the report's findings only with a definition, and always names the fallers' main contributor", () => {
    const without = decompositionFindings(rows, null);
    expect(without.report).toEqual([]);
    expect(without.fallers).toMatchObject({subject: "Bij dalers", row: {n: 1}, dominant: {id: "onv"}});
    // Ten times the areas (the registry's minimum for a finding is 10), the same means.
    const withDef = decompositionFindings(
      rows.map((r) => ({...r, n: r.n * 10, weight: r.weight * 10})),
      {startClasses: [3, 4]},
    );
    expect(withDef.report.map((f: {id: string}) => f.id)).toEqual(["risers-weak", "risers-lowest", "national"]);
    expect(withDef.report[0]).toMatchObject({classes: [3, 4], dominant: {id: "onv"}, matches: true});
  });
});

describe("areas table", () => {
  const area = (d_afw: number, dims: number[]) => ({
    d_afw,
    ...Object.fromEntries(["won", "fys", "vrz", "soc", "onv"].map((d, j) => [`d_${d}`, dims[j]])),
  });

  it("names the dimension that moved furthest in the direction of the area's own change", () => {
    expect(mainContributorLabelOfArea(area(0.75, [0, 0, 0.25, 0, 0.5]))).toBe("Overlast en onveiligheid");
    expect(mainContributorLabelOfArea(area(-0.375, [0.1, 0, 0, -0.5, 0.025]))).toBe("Sociale samenhang");
    expect(mainContributorLabelOfArea(area(0, [0.25, -0.25, 0, 0, 0]))).toBe("Woningvoorraad"); // no change counts as a rise
    expect(mainContributorLabelOfArea(area(0.5, [0, 0.25, 0.25, 0, 0]))).toBe("Fysieke omgeving"); // a tie goes to the first dimension
    expect(mainContributorLabelOfArea(area(0, [0, 0, 0, 0, 0]))).toBe("–");
  });

  it("adds the table's text columns and, for the download, every year's total score", () => {
    const scores = fixtureScores();
    const rows = engine.areaTable(engine.classify(scores, defaultDefinition()), {trajectories: false});
    expect(rows.map((r: Record<string, unknown>) => [r.code, r.grp, r.index])).toEqual([
      ["BU01", "stijger", 0],
      ["BU03", "daler", 2],
      ["BU02", "rest", 1],
    ]);
    expect(areaTableRows(rows).map((r) => [r.group, r.classes, r.dominant])).toEqual([
      ["Stijgers", "4 → 6", "Overlast en onveiligheid"],
      ["Dalers", "2 → 1", "Sociale samenhang"],
      ["Rest van de selectie", "3 → 3", "Fysieke omgeving"],
    ]);
    const download = areaDownloadRows(rows, scores);
    expect(download[0]).not.toHaveProperty("index");
    expect(download[0]).toMatchObject({code: "BU01", lbm_2014: 4, lbm_2020: 4.75});
    expect(download[0]).not.toHaveProperty("lbm_2016");
    expect(download[2]).toMatchObject({code: "BU02", lbm_2014: 4, lbm_2016: 4.0625, lbm_2020: 4.125});
  });

  it("takes the voldoende bound from the class bounds (which start at class 2)", () => {
    const provenance = {class_lower_bounds: [3.1, 3.5, 3.8, 4.0, 4.2, 4.4, 4.6, 4.8]};
    expect(sufficientScore(provenance)).toBe(4.0);
    expect(sufficientScore(provenance, 6)).toBe(4.2);
  });
});

describe("breakdown rows", () => {
  const pairs = engine.classify(fixtureScores(), defaultDefinition());

  it("orders size classes from large to small and labels them", () => {
    expect(
      breakdownShareRows(pairs, "size_class").map((r) => [r.key, r.label, r.selected, r.riserShare, r.fallerShare]),
    ).toEqual([
      ["G4", "G4 (vier grote steden)", 1, 0, 1],
      ["<20k", "Minder dan 20.000", 2, 0.5, 0],
    ]);
    const byInhabitants = engine.classify(fixtureScores(), {...defaultDefinition(), weight: "inhabitants"});
    expect(
      breakdownShareRows(byInhabitants, "size_class", {weighted: true}).map((r) => [r.key, r.selected, r.riserShare]),
    ).toEqual([
      ["G4", 200, 0],
      ["<20k", 400, 0.25],
    ]);
  });

  it("labels stedelijkheid by its name and sorts other groupings by label", () => {
    expect(breakdownShareRows(pairs, "stedelijkheid").map((r) => [r.label, r.selected, r.risers, r.fallers])).toEqual([
      ["1 – Zeer sterk stedelijk", 1, 1, 0],
      ["2 – Sterk stedelijk", 1, 0, 0],
      ["Stedelijkheid onbekend", 1, 0, 1],
    ]);
    expect(breakdownShareRows(pairs, "provincie").map((r) => r.label)).toEqual(["Noord", "Zuid"]);
    expect(breakdownShareRows(null, "provincie")).toEqual([]);
  });
});

describe("map areas", () => {
  it("draws the areas of the region's gemeenten and finds every area's index", () => {
    const scores = fixtureScores();
    const zuid = regionMapAreas(scores, {provincie: "P2"});
    expect([...zuid.codes]).toEqual(["BU03", "BU04", "BU05"]);
    expect(zuid.names.get("BU05")).toBe("Vijf");
    expect(zuid.names.has("BU01")).toBe(false);
    expect([zuid.indexOf("BU01"), zuid.indexOf("BU05"), zuid.indexOf("BU99")]).toEqual([0, 4, undefined]);
    expect(regionMapAreas(scores, {}).codes.size).toBe(5);
  });
});

describe("Methode", () => {
  const definitionText = {selection: "S", riser: "R", faller: "F", weight: "W"};

  it("says the numbers come from the engine, checked against the SQL shown", () => {
    const {intro} = methodeContent({level: "buurt", def: null, breakdownBy: "provincie", definitionText: null});
    expect(intro).toMatch(/rekenmodule in JavaScript \(src\/lib\/stijgers\/engine\.js\)/);
    expect(intro).toMatch(/niet de query's hieronder/);
    expect(intro).toMatch(/dezelfde uitkomsten geeft als deze query's/);
  });

  it("shows the loading queries always and the defining ones with a definition", () => {
    const without = methodeContent({level: "wijk", def: null, breakdownBy: "provincie", definitionText: null});
    expect(without.queries.map((q) => q.title)).toEqual([
      "Laden: gebieden van het niveau",
      "Laden: scores per gebied en jaar",
      "Laden: gemeenten voor het regiofilter",
    ]);
    expect(texts(without.queries.map((q) => q.sql))).toEqual(
      texts([levelAreasQuery("wijk"), scoresQuery("wijk"), gemeenteRegionQuery()]),
    );
    expect(without.definitions.map((d) => d.term)).toEqual([
      "Volledige scores",
      "Ontleding",
      "Grootste bijdrage",
      "Regio",
      "Landelijk",
      "Gevoeligheid",
    ]);
    expect(without.definitions[3].text).toContain("een wijk hoort bij de regio");
    const withDef = methodeContent({level: "buurt", def: defaultDefinition(), breakdownBy: "corop", definitionText});
    expect(withDef.queries).toHaveLength(9);
    expect(withDef.queries[6].title).toBe("Uitsplitsing naar corop");
    expect(withDef.definitions.slice(0, 4).map((d) => d.text)).toEqual(["S", "R", "F", "W"]);
  });
});
