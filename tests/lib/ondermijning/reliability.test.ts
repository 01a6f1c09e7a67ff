// The reliability rule in force comes from the data: where the Veiligheidsmonitor gives no
// respondents and no margins (81877NED, the report's 2019), an estimate counts because CBS
// published it; the page, the Home headline and the Methode text follow that rule and say it.
import type {DuckDBConnection} from "@duckdb/node-api";
import {beforeAll, describe, expect, it} from "vitest";
import {safetyHeadline} from "../../../src/lib/ondermijning/headline.js";
import {defaultSelection, indicatorCatalog, markMissing} from "../../../src/lib/ondermijning/indicators.js";
import {reliabilityExplanation, reliabilityPhrase, reliabilityRule} from "../../../src/lib/ondermijning/reliability.js";
import {describeMarking, markRows} from "../../../src/lib/ondermijning/selection.js";
import {pearson} from "../../../src/lib/stats/correlation.js";
import {memoryConnection, runFragment} from "../../helpers/duck.ts";

const PUBLISHED = {
  reliability: [{measure: "onveilig_buurt", year: 2019, rule: "published", basis: null, source: "CBS 81877NED"}],
};
const MARGIN = {
  reliability: [{measure: "onveilig_buurt", year: 2021, rule: "respondents", basis: "margin", source: "CBS 85146NED"}],
};

describe("reliability rule", () => {
  it("reads the rule for the year from provenance; without a record, respondents decide", () => {
    expect(reliabilityRule(PUBLISHED, 2019)).toEqual({id: "published", basis: null, source: "CBS 81877NED"});
    expect(reliabilityRule(PUBLISHED, 2021)).toEqual({id: "respondents", basis: "column", source: null});
    expect(reliabilityRule({tables: []}, 2019).id).toBe("respondents");
    expect(reliabilityPhrase(reliabilityRule(PUBLISHED, 2019), 300)).toBe("gepubliceerd door CBS");
    expect(reliabilityPhrase(reliabilityRule(MARGIN, 2021), 300)).toBe(
      "minstens 300 respondenten (effectieve steekproefomvang uit het 95%-interval)",
    );
    expect(reliabilityExplanation(reliabilityRule(PUBLISHED, 2019), 300)).toMatch(
      /^Betrouwbaarheidsregel: gepubliceerd door CBS\. CBS 81877NED geeft geen aantallen respondenten en geen marges/,
    );
  });

  it("marks published estimates without respondents as reliable under the published rule, and only then", () => {
    const rows = [
      {code: "GM0001", onveilig: 30, respondents: null},
      {code: "GM0002", onveilig: null, respondents: null},
    ];
    expect(markRows(rows, {minRespondents: 300, rule: "published"}).map((r) => r.reliable)).toEqual([true, false]);
    expect(markRows(rows, {minRespondents: 300}).map((r) => r.reliable)).toEqual([false, false]);
    expect(describeMarking({minRespondents: 300, rule: "published"})).toBe(
      "betrouwbaar: onveilig niet leeg (gepubliceerd door CBS); selectie: geen regiobeperking",
    );
  });
});

// 2019 as in 81877NED: values, no respondents. 2021 as in 85146NED: effective respondents.
const SAFETY = `
CREATE TABLE safety AS SELECT * FROM (VALUES
  ('GM0001','gemeente',2019,'onveilig_buurt',30.0,NULL), ('GM0002','gemeente',2019,'onveilig_buurt',20.0,NULL),
  ('GM0003','gemeente',2019,'onveilig_buurt',10.0,NULL), ('GM0004','gemeente',2019,'onveilig_buurt',NULL,NULL),
  ('GM0001','gemeente',2021,'onveilig_buurt',30.0,1500), ('GM0002','gemeente',2021,'onveilig_buurt',20.0,100),
  ('GM0003','gemeente',2021,'onveilig_buurt',10.0,900), ('GM0004','gemeente',2021,'onveilig_buurt',12.0,700),
  ('GM0001','gemeente',2019,'verdachten_drugs',3.0,NULL), ('GM0002','gemeente',2019,'verdachten_drugs',2.0,NULL),
  ('GM0003','gemeente',2019,'verdachten_drugs',1.0,NULL), ('GM0004','gemeente',2019,'verdachten_drugs',9.0,NULL),
  ('GM0001','gemeente',2021,'verdachten_drugs',3.0,NULL), ('GM0002','gemeente',2021,'verdachten_drugs',2.0,NULL),
  ('GM0003','gemeente',2021,'verdachten_drugs',1.0,NULL), ('GM0004','gemeente',2021,'verdachten_drugs',9.0,NULL)
) t(code, level, year, measure, value, respondents)`;

describe("Home headline under each rule", () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await memoryConnection();
    await conn.run(SAFETY);
  });

  it("uses every published 2019 estimate when the year has no respondents at all", async () => {
    const [row] = await runFragment(conn, safetyHeadline({safetyYear: 2019, minRespondents: 300}));
    // GM0001–3 published (GM0004 has no value); one indicator: index = z of drugs (1, 0, −1).
    expect(row).toMatchObject({n: 3});
    expect(row.r).toBeCloseTo(pearson([1, 0, -1], [30, 20, 10]).r, 12);
  });

  it("applies the respondent threshold in a year that has respondents", async () => {
    const [row] = await runFragment(conn, safetyHeadline({safetyYear: 2021, minRespondents: 300}));
    // GM0002 has 100 < 300 respondents: GM0001, GM0003, GM0004 remain.
    expect(row).toMatchObject({n: 3});
    const z = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
      return xs.map((x) => (x - m) / sd);
    };
    expect(row.r).toBeCloseTo(pearson(z([3, 1, 9]), [30, 10, 12]).r, 12);
  });
});

describe("indicators the data do not have", () => {
  it("start unchecked and are marked, so the default index does not drop every gemeente", () => {
    const {indicators} = indicatorCatalog([{id: "eigen_1", name: "Eigen", values: new Map()}]);
    // As on the official path: drugshandel and the two suspect rates, no convicts, hemp or money laundering.
    const rows = [
      {code: "GM0001", drugshandel: 0.5, verdachten_drugs: 1.5, verdachten_vermogen: null, hennepkwekerijen: null},
      {code: "GM0002", drugshandel: 0.6, verdachten_drugs: null, verdachten_vermogen: 2.1, hennepkwekerijen: null},
    ];
    expect(defaultSelection(indicators, rows)).toEqual([
      "verdachten_drugs",
      "verdachten_vermogen",
      "drugshandel",
      "eigen_1",
    ]);
    const notes = Object.fromEntries(markMissing(indicators, rows).map((d) => [d.id, d.note]));
    expect(notes.hennepkwekerijen).toBe("per 10.000 woningen; niet in deze gegevens");
    expect(notes.drugshandel).toBe("per 1.000 inwoners");
  });
});
