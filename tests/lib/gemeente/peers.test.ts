// Peer groups, positions, headline figures, the ondermijning block and the area search, on small
// hand-made inputs whose answers are worked out in the comments.
import {describe, expect, it} from "vitest";
import {peerGroup, position} from "../../../src/lib/gemeente/peers.js";
import {figurePositions, headlineFigures} from "../../../src/lib/gemeente/figures.js";
import {notInAnalysisReason, ondermijningProfile} from "../../../src/lib/gemeente/ondermijning.js";
import {mainDimension} from "../../../src/lib/gemeente/areas.js";
import {sesSentence} from "../../../src/lib/gemeente/text.js";
import {matchAreas, searchIndex, searchKey} from "../../../src/lib/area-search.js";

const G = (
  code: string,
  size_class: string,
  stedelijkheid: number,
  provincie_code: string,
  corop_code: string | null,
) => ({
  code,
  name: `Gemeente ${code}`,
  size_class,
  stedelijkheid,
  provincie_code,
  provincie_name: `Provincie ${provincie_code}`,
  corop_code,
  corop_name: corop_code && `COROP ${corop_code}`,
});
const GEMEENTEN = [
  G("GM0001", "G4", 1, "PV01", "CR01"),
  G("GM0002", "G4", 1, "PV02", "CR02"),
  G("GM0003", "G4", 1, "PV01", "CR01"),
  G("GM0004", "G4", 1, "PV03", "CR03"),
  G("GM0005", "100k+", 2, "PV01", "CR01"),
  G("GM0006", "100k+", 1, "PV02", null),
  G("GM0007", "100k+", 1, "PV02", "CR02"),
];

describe("peerGroup", () => {
  it("takes the same size class and stedelijkheid, never the gemeente itself", () => {
    const g = peerGroup(GEMEENTEN, "GM0001", {minPeers: 3});
    expect(g.codes).toEqual(["GM0002", "GM0003", "GM0004"]);
    expect(g.fallback).toBeNull();
  });

  it("falls back to the size class when fewer than minPeers share both, and says so", () => {
    // GM0005 is the only 100k+ with stedelijkheid 2: zero peers < 3, so all other 100k+.
    const g = peerGroup(GEMEENTEN, "GM0005", {minPeers: 3});
    expect(g.codes).toEqual(["GM0006", "GM0007"]);
    expect(g.fallback).toMatch(/maar 0 \(minder dan 3\)/);
  });

  it("takes the provincie, the COROP region or a hand-picked list", () => {
    expect(peerGroup(GEMEENTEN, "GM0001", {mode: "provincie"}).codes).toEqual(["GM0003", "GM0005"]);
    expect(peerGroup(GEMEENTEN, "GM0002", {mode: "corop"}).codes).toEqual(["GM0007"]);
    expect(peerGroup(GEMEENTEN, "GM0001", {mode: "lijst", list: ["GM0007", "GM0001", "GM9999"]}).codes).toEqual([
      "GM0007",
    ]);
  });

  it("uses size class and stedelijkheid when the gemeente has no COROP code", () => {
    const g = peerGroup(GEMEENTEN, "GM0006", {mode: "corop", minPeers: 1});
    expect(g.codes).toEqual(["GM0007"]);
    expect(g.fallback).toMatch(/geen COROP-gebied/);
  });

  it("is empty for an unknown gemeente", () => expect(peerGroup(GEMEENTEN, "GM9999").codes).toEqual([]));
});

describe("position", () => {
  it("ranks from the highest value with ties sharing the best rank", () => {
    // 0.3 among 0.5, 0.3, 0.1, null: one higher → rank 2 of 4; lower: 0.1 → 1 of 3 others = 33⅓.
    expect(position(0.3, [0.5, 0.3, 0.1, null])).toEqual({rank: 2, n: 4, percentile: 100 / 3, median: 0.3});
    expect(position(null, [1, 2])).toBeNull();
    expect(position(2, [])).toEqual({rank: 1, n: 1, percentile: null, median: 2});
  });
});

describe("headline figures", () => {
  const figures = headlineFigures({
    figures: [
      {code: "GM0001", share_insufficient: 0.2, ses_r: 0.6, ses_n: 12},
      {code: "GM0002", share_insufficient: 0.4, ses_r: 0.9, ses_n: 4},
      {code: "GM0003", share_insufficient: 0.1, ses_r: 0.3, ses_n: 30},
    ],
    risers: [
      {code: "GM0001", weak: 4, risers: 1},
      {code: "GM0002", weak: 0, risers: 0},
    ],
    quadrants: [{code: "GM0001", share_low_low: 0.25, share_high_lbm_low_ses: 0.05}],
    ondermijning: [
      {code: "GM0001", analysed: true, index: 0.7},
      {code: "GM0002", analysed: false, index: 1.5},
      {code: "GM0003", analysed: true, index: -0.2},
    ],
    minAreas: 10,
  });
  const byId = (id: string) => figures.find((f) => f.id === id)!.values;

  it("leaves out what cannot be computed: no weak areas, too few areas for r, not analysed", () => {
    expect(byId("riser_share").get("GM0001")).toBe(0.25);
    expect(byId("riser_share").get("GM0002")).toBeNull();
    expect(byId("ses_r").get("GM0002")).toBeNull(); // n 4 < 10
    expect(byId("share_low_low").get("GM0003")).toBeNull();
    expect(byId("ondermijning_index").get("GM0002")).toBeNull();
  });

  it("positions the gemeente nationally and among its peers", () => {
    const names = new Map([["GM0003", "Drie"]]);
    const rows = figurePositions(figures, "GM0001", ["GM0003"], names);
    const share = rows.find((d) => d.id === "share_insufficient")!;
    // 0.2 among 0.4, 0.1: rank 2 of 3 nationally; among the peer 0.1: rank 1 of 2.
    expect(share.national).toMatchObject({rank: 2, n: 3});
    expect(share.peers).toMatchObject({rank: 1, n: 2});
    expect(share.peerValues).toEqual([{code: "GM0003", name: "Drie", value: 0.1}]);
    // Index: GM0002 is not analysed, so 0.7 is first of the two analysed.
    expect(rows.find((d) => d.id === "ondermijning_index")!.national).toMatchObject({rank: 1, n: 2});
  });
});

describe("ondermijning block", () => {
  const options = {
    minRespondents: 300,
    rule: "respondents",
    labelOf: (id: string) => id.toUpperCase(),
    chosen: ["a", "b"],
  };
  const rows = [
    {
      code: "GM0001",
      analysed: true,
      reliable: true,
      onveilig: 20,
      respondents: 800,
      index: 1,
      rank: 1,
      fitted: 18,
      standardizedResidual: 0.5,
      label: null,
      values: {a: 3, b: 4},
      scores: {a: 1, b: 1},
    },
    {
      code: "GM0002",
      analysed: true,
      reliable: true,
      onveilig: 15,
      respondents: 500,
      index: -1,
      rank: 2,
      fitted: 16,
      standardizedResidual: -0.5,
      label: null,
      values: {a: 1, b: 2},
      scores: {a: -1, b: -1},
    },
    {
      code: "GM0003",
      analysed: false,
      reliable: false,
      onveilig: 14,
      respondents: 120,
      index: 0,
      rank: null,
      values: {a: 2, b: 3},
      scores: {a: 0.5, b: -0.5},
    },
    {
      code: "GM0004",
      analysed: false,
      reliable: false,
      onveilig: null,
      respondents: null,
      index: 0.2,
      values: {a: 2, b: 3},
      scores: {a: 0, b: 0},
    },
    {
      code: "GM0005",
      analysed: false,
      reliable: true,
      onveilig: 14,
      respondents: 900,
      index: null,
      values: {a: 2, b: null},
      scores: {a: 0, b: null},
    },
  ];

  it("gives index, rank, percentile, residual and the indicators against the peers' mean", () => {
    const p = ondermijningProfile(rows, "GM0001", ["GM0002", "GM0003"], options);
    expect(p).toMatchObject({inAnalysis: true, rank: 1, n: 2, percentile: 100, residual: 0.5, peersInAnalysis: 1});
    // Peer mean of a: (−1 + 0.5) / 2 = −0.25; of b: (−1 − 0.5) / 2 = −0.75.
    expect(p.indicators.map((d) => [d.id, d.score, d.peerMean])).toEqual([
      ["a", 1, -0.25],
      ["b", 1, -0.75],
    ]);
  });

  it("explains why a gemeente is not in the analysis", () => {
    expect(ondermijningProfile(rows, "GM0003", [], options).reason).toMatch(/120 respondenten, minder dan de 300/);
    expect(notInAnalysisReason(rows[3], options)).toMatch(/geen schatting van ervaren onveiligheid/);
    expect(notInAnalysisReason(rows[4], options)).toMatch(/ontbreekt B/);
    expect(notInAnalysisReason(rows[2], {...options, rule: "published"})).toMatch(/niet gepubliceerd/);
    expect(ondermijningProfile(rows, "GM0003", [], options)).toMatchObject({
      inAnalysis: false,
      rank: null,
      residual: null,
    });
  });
});

describe("profile helpers", () => {
  it("names the dimension that moved most in the direction of the total change", () => {
    expect(mainDimension({d_afw: 0.1, d_won: 0.05, d_fys: -0.2, d_vrz: 0.2, d_soc: 0, d_onv: 0.05})?.id).toBe("vrz");
    expect(mainDimension({d_afw: -0.1, d_won: 0.05, d_fys: -0.2, d_vrz: 0.2, d_soc: 0, d_onv: 0.05})?.id).toBe("fys");
    expect(mainDimension({d_afw: 0})).toBeNull();
    expect(mainDimension({afw: 0.3, won: 0.3}, {prefix: ""})?.id).toBe("won");
  });

  it("says when a within-gemeente correlation has too few buurten", () => {
    expect(sesSentence({name: "Dorp", ses_r: 0.9, ses_n: 4}, 10)).toMatch(/4 buurten .* minstens 10 nodig/);
    expect(sesSentence({name: "Stad", ses_r: 0.5, ses_n: 103}, 10)).toMatch(
      /r = 0,50 \(95%-interval 0,34 – 0,63\) over 103 buurten/,
    );
  });
});

describe("area search", () => {
  const areas = [
    {
      code: "GM0363",
      name: "Súdwest-Fryslân",
      level: "gemeente",
      gemeente_code: "GM0363",
      gemeente_name: "Súdwest-Fryslân",
    },
    {code: "GM0001", name: "Sudhaven", level: "gemeente", gemeente_code: "GM0001", gemeente_name: "Sudhaven"},
    {code: "BU00010001", name: "Oud-Sudhaven", level: "buurt", gemeente_code: "GM0001", gemeente_name: "Sudhaven"},
    {code: "BU03630002", name: "Centrum", level: "buurt", gemeente_code: "GM0363", gemeente_name: "Súdwest-Fryslân"},
  ];
  const index = searchIndex(areas);
  const codes = (query: string) => matchAreas(index, query).map((d) => d.code);

  it("ignores case, accents and punctuation", () => {
    expect(searchKey("Súdwest-Fryslân")).toBe("sudwest fryslan");
    expect(codes("SUDW")).toEqual(["GM0363"]);
    expect(codes("súd")).toEqual(["GM0001", "GM0363", "BU00010001"]);
  });

  it("finds codes with or without their prefix, and buurten by name", () => {
    expect(codes("gm0363")).toEqual(["GM0363"]);
    expect(codes("0363")).toEqual(["GM0363", "BU03630002"]);
    expect(codes("centr")).toEqual(["BU03630002"]);
  });

  it("needs three characters", () => {
    expect(codes("su")).toEqual([]);
  });
});
