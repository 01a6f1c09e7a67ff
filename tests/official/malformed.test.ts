// Malformed inputs: each must stop the pipeline with a message naming the file, the column and the
// value at fault (never a silently wrong table).
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fixtureParts, type Parts} from "./fixtures/index.ts";
import {runPipeline, temporaryDir} from "./helpers.ts";
import {startPublisher, type Publisher} from "./publisher.ts";

let publisher: Publisher;
let temp: Awaited<ReturnType<typeof temporaryDir>>;
beforeAll(async () => {
  publisher = await startPublisher();
  temp = await temporaryDir("malformed");
});
afterAll(async () => {
  await publisher.close();
  await temp.remove();
});

const LBM_BUURT =
  "open-data-leefbaarometer-meting-2022\\.zip!Leefbaarometer 3\\.0 - Meting 2022 - open data/Leefbaarometer-scores buurten 2002-2022\\.csv";
const replaceLine = (text: string, from: string, to: string) => text.replace(from, to);

interface Case {
  name: string;
  mutate: (parts: Parts) => void;
  /** Each must appear in the message: the file, the column, the value. */
  expected: RegExp[];
}

const cases: Case[] = [
  {
    name: "Leefbaarometer column renamed (onv → onveiligheid)",
    mutate: (p) => void (p.lbmCsv.buurten = p.lbmCsv.buurten.replace(",onv,", ",onveiligheid,")),
    expected: [
      new RegExp(`file .*${LBM_BUURT}`),
      /column "onv"/,
      /no column matches title \/\^onv\$\/i/,
      /Columns found: bu_code; jaar; lbm; afw; fys; onveiligheid/,
    ],
  },
  {
    name: "Leefbaarometer column missing (afw)",
    mutate: (p) =>
      void (p.lbmCsv.buurten = p.lbmCsv.buurten
        .split("\n")
        .map((l) =>
          l
            .split(",")
            .filter((_, i) => i !== 3)
            .join(","),
        )
        .join("\n")),
    expected: [new RegExp(LBM_BUURT), /column "afw"/, /Columns found: bu_code; jaar; lbm; fys/],
  },
  {
    name: "Leefbaarometer delimiter changed to ;",
    mutate: (p) => void (p.lbmCsv.buurten = p.lbmCsv.buurten.replaceAll(",", ";")),
    expected: [new RegExp(LBM_BUURT), /column "bu_code;jaar;lbm;afw/, /separated by ";", not ","/],
  },
  {
    name: "Leefbaarometer empty table (header only)",
    mutate: (p) => void (p.lbmCsv.buurten = p.lbmCsv.buurten.split("\n")[0] + "\n"),
    expected: [new RegExp(LBM_BUURT), /no data rows/],
  },
  {
    name: "Leefbaarometer unknown region code",
    mutate: (p) => void (p.lbmCsv.buurten = replaceLine(p.lbmCsv.buurten, "BU99010101,2014", "BX0101,2014")),
    expected: [new RegExp(LBM_BUURT), /column "bu_code"/, /value "BX0101"/, /is not a buurt code/],
  },
  {
    name: "Leefbaarometer decimal comma in a comma file",
    mutate: (p) =>
      void (p.lbmCsv.gemeenten = p.lbmCsv.gemeenten.replace(/\nGM9902,2018,[^,]+,/, '\nGM9902,2018,"4,1",')),
    expected: [/Leefbaarometer-scores gemeenten 2002-2022\.csv/, /column "lbm"/, /value "4,1"/, /decimal comma/],
  },
  {
    name: "Leefbaarometer afw that does not add up",
    mutate: (p) => void (p.lbmCsv.wijken = p.lbmCsv.wijken.replace(/\n(WK990201,2020,[^,]+),([^,]+),/, "\n$1,0.9999,")),
    expected: [/scores wijken/, /column "afw"/, /value 0\.9999/, /sum of the five dimensions/],
  },
  {
    name: "Kerncijfers: inhabitants renamed by CBS",
    mutate: (p) => {
      const prop = p.kwb.properties.find((x) => x.Key === "AantalInwoners_5")!;
      Object.assign(prop, {Key: "Inwonertal_5", Title: "Inwonertal"});
      for (const r of p.kwb.rows) ((r.Inwonertal_5 = r.AantalInwoners_5), delete r.AantalInwoners_5);
    },
    expected: [
      /file .*\/cbs\/84799NED\/TypedDataSet/,
      /column "inhabitants"/,
      /key prefix AantalInwoners or title/,
      /Inwonertal_5 \(Bevolking\/Inwonertal\)/,
    ],
  },
  {
    name: "Kerncijfers: unknown region code",
    mutate: (p) => void (p.kwb.rows[3].Codering_3 = "BU1234    "),
    expected: [/84799NED\/TypedDataSet/, /column "Codering_3"/, /value "BU1234    "/, /not a known region code/],
  },
  {
    name: "Kerncijfers: stedelijkheid outside 1–5",
    mutate: (p) => void (p.kwb.rows[2].MateVanStedelijkheid_105 = 7),
    expected: [/84799NED/, /column "MateVanStedelijkheid_105"/, /value 7/, /stedelijkheid class 1–5/],
  },
  {
    name: "Gebieden in Nederland: no COROP column",
    mutate: (p) => {
      p.gebieden.properties = p.gebieden.properties.filter((x) => !["Code_5", "Naam_6"].includes(x.Key));
      for (const r of p.gebieden.rows) (delete r.Code_5, delete r.Naam_6);
    },
    expected: [/84721NED\/TypedDataSet/, /column "COROP code"/, /CR\\d\{2\}/, /Columns found: RegioS; Code_1/],
  },
  {
    name: "Gebieden in Nederland: a gemeente of the spine is missing",
    mutate: (p) => void (p.gebieden.rows = p.gebieden.rows.filter((r) => r.RegioS !== "GM9903")),
    expected: [/84721NED\/TypedDataSet/, /column "RegioS"/, /value "GM9903"/, /no COROP\/provincie row/],
  },
  {
    name: "SES-WOA (OData v4): empty table",
    mutate: (p) => void (p.ses.observations = []),
    expected: [/\/cbs4\/85163NED\/Observations/, /no observations/],
  },
  {
    name: "SES-WOA (OData v4): measure renamed",
    mutate: (p) => void (p.ses.measures[0].Title = "Gemiddelde"),
    expected: [
      /85163NED\/Observations/,
      /column "ses_total"/,
      /title \/\^SES-WOA\/Totaalscore\/Gemiddelde score\/i/,
      /M001 \(SES-WOA\/Totaalscore\/Gemiddelde\)/,
    ],
  },
  {
    name: "SES-WOA: negative spread",
    mutate: (p) =>
      void (p.ses.observations.find((o) => o.Measure === "M005" && o.Perioden === "2019JJ00")!.Value = -0.2),
    expected: [/85163NED\/Observations/, /column "M005"/, /value -0\.2/, /spread cannot be negative/],
  },
  {
    name: "Suspects (StatLine CSV): delimiter changed to ,",
    mutate: (p) => void (p.suspectsCsv = p.suspectsCsv.replaceAll('";"', '","')),
    expected: [
      /\/cbs\/81960NED\/export\.csv/,
      /column "Delictgroep,\\"Stedelijkheid buurt/,
      /separated by ",", not ";"/,
    ],
  },
  {
    name: "Veiligheidsmonitor: unknown region code",
    mutate: (p) =>
      void (p.vm.rows.find((r) => r.Perioden === "2019JJ00" && r.RegioS === "GM9901  ")!.RegioS = "GM99011"),
    expected: [/81877NED\/TypedDataSet/, /column "RegioS"/, /value "GM99011"/, /not a known region code/],
  },
  {
    name: "Crime: value that is not a number",
    mutate: (p) =>
      void (p.crime.rows.find(
        (r) => r.SoortMisdrijf === "3.1.1 " && r.Perioden === "2019JJ00" && r.RegioS === "GM9902",
      )!.GeregistreerdeMisdrijvenPer1000Inwoners_3 = "n.b."),
    expected: [
      /83648NED\/TypedDataSet/,
      /column "GeregistreerdeMisdrijvenPer1000Inwoners_3"/,
      /value "n\.b\."/,
      /is not a number/,
    ],
  },
  {
    name: "PDOK: code property renamed",
    mutate: (p) =>
      p.pdok.wijk.features.forEach(
        (f) => (f.properties = {code: f.properties!.wijkcode, wijknaam: f.properties!.wijknaam}),
      ),
    expected: [/typeName=wijkenbuurten2020:cbs_wijken_2020/, /column "code"/, /properties found: code, wijknaam/],
  },
  {
    name: "PDOK: point instead of polygon",
    mutate: (p) => void (p.pdok.gemeente.features[1].geometry = {type: "Point", coordinates: [150_000, 460_000]}),
    expected: [
      /typeName=gemeente_gegeneraliseerd/,
      /column "geometry"/,
      /value "Point"/,
      /GM9902 is not a \(multi\)polygon/,
    ],
  },
];

describe("malformed official inputs", () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))("%s", async (_, c, i) => {
    const parts = fixtureParts();
    c.mutate(parts);
    publisher.publish(parts);
    const error = await runPipeline(publisher, {cacheDir: join(temp.dir, `case-${i}`)}).then(
      () => null,
      (e: Error) => e,
    );
    expect(error, "the pipeline should have failed").not.toBeNull();
    for (const pattern of c.expected) expect(error!.message).toMatch(pattern);
  });

  it("covers at least ten cases", () => expect(cases.length).toBeGreaterThanOrEqual(10));
});
