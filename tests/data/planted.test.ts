// Every planted structure of Demoland is recovered by plain SQL on the written parquet files.
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {readFile} from "node:fs/promises";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildDataset, type BuiltDataset} from "../../data-loaders/build.ts";
import type {DemolandTruth} from "../../data-loaders/demo/index.ts";
import {SCHEMAS} from "../../data-loaders/contract/index.ts";

let built: BuiltDataset;
let truth: DemolandTruth;
let instance: DuckDBInstance;
let db: DuckDBConnection;

type Row = Record<string, unknown>;
async function query(sql: string): Promise<Row[]> {
  const reader = await db.runAndReadAll(sql);
  return reader
    .getRowObjectsJS()
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
}
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(", ");

beforeAll(async () => {
  built = await buildDataset({source: "demo"});
  truth = JSON.parse(await readFile(built.path("truth"), "utf8"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  for (const table of ["areas", "lbm", "ses", "safety"] as const)
    await db.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${built.path(table)}')`);
  await db.run(`CREATE VIEW change AS
    SELECT b.code, b.lbm_class AS class_start, e.lbm_class AS class_end,
           e.won - b.won AS won, e.fys - b.fys AS fys, e.vrz - b.vrz AS vrz, e.soc - b.soc AS soc, e.onv - b.onv AS onv
    FROM lbm b JOIN lbm e ON e.code = b.code AND e.year = 2020
    WHERE b.year = 2014 AND b.level = 'buurt' AND b.lbm_class IS NOT NULL`);
}, 120_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

/** Dimensions ordered by mean change over the selected rows of `change`, largest first. */
async function dimensionsByChange(where: string): Promise<{order: string[]; n: number}> {
  const [row] = await query(
    `SELECT count(*) AS n, avg(won) AS won, avg(fys) AS fys, avg(vrz) AS vrz, avg(soc) AS soc, avg(onv) AS onv FROM change WHERE ${where}`,
  );
  const order = ["won", "fys", "vrz", "soc", "onv"].sort((a, b) => (row[b] as number) - (row[a] as number));
  return {order, n: row.n as number};
}

describe("parquet files", () => {
  it("carry typed columns and say they are synthetic", async () => {
    const types = Object.fromEntries(
      (await query(`DESCRIBE SELECT * FROM lbm`)).map((r) => [r.column_name, r.column_type]),
    );
    expect(types).toMatchObject({
      code: "VARCHAR",
      level: "VARCHAR",
      year: "SMALLINT",
      lbm: "DOUBLE",
      afw: "DOUBLE",
      lbm_class: "TINYINT",
    });
    const areaTypes = Object.fromEntries(
      (await query(`DESCRIBE SELECT * FROM areas`)).map((r) => [r.column_name, r.column_type]),
    );
    expect(areaTypes).toMatchObject({inhabitants: "INTEGER", stedelijkheid: "TINYINT", centroid_lon: "DOUBLE"});
    for (const table of ["areas", "lbm", "ses", "safety"]) {
      const kv = Object.fromEntries(
        (
          await query(
            `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${built.path(table as "lbm")}')`,
          )
        ).map((r) => [r.key, r.value]),
      );
      expect(kv).toMatchObject({source: "demo", synthetic: "true", table});
    }
  });

  it("are sorted by the table's sort key", async () => {
    // Every sort column is text of fixed width within its level (codes, four-digit years), so the
    // concatenation orders as the key does.
    const key = SCHEMAS.lbm.sortBy.join(" || ");
    expect(key).toBe("level || year || code");
    const [row] = await query(
      `SELECT count(*) AS n FROM (SELECT lag(${key}) OVER () AS prev, ${key} AS cur FROM lbm) WHERE prev > cur`,
    );
    expect(row.n).toBe(0);
  });
});

describe("planted: risers and fallers", () => {
  it("(a) planted risers go from zwak/onvoldoende (2014) to voldoende+ (2020)", async () => {
    const rows = await query(
      `SELECT class_start, class_end FROM change WHERE code IN (${list(truth.risers_onv.codes)})`,
    );
    expect(rows.length).toBe(truth.risers_onv.codes.length);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const r of rows) (expect([3, 4]).toContain(r.class_start), expect(r.class_end).toBeGreaterThanOrEqual(5));
  });

  it("(a) all risers from zwak/onvoldoende improved mostly through onv", async () => {
    const {order, n} = await dimensionsByChange(`class_start IN (3, 4) AND class_end >= 5`);
    expect(n).toBeGreaterThan(truth.risers_onv.codes.length);
    expect(order[0]).toBe("onv");
  });

  it("(b) risers from zeer onvoldoende improved mostly through won, then soc", async () => {
    const planted = await query(
      `SELECT class_start, class_end FROM change WHERE code IN (${list(truth.risers_won_soc.codes)})`,
    );
    // A minority of the 125 class-1 buurten: enough for the finding, not a mass jump to voldoende.
    expect(planted.length).toBeGreaterThanOrEqual(10);
    for (const r of planted) (expect(r.class_start).toBe(1), expect(r.class_end).toBeGreaterThanOrEqual(5));
    const {order} = await dimensionsByChange(`class_start = 1 AND class_end >= 5`);
    expect(order.slice(0, 2)).toEqual(["won", "soc"]);
    const {order: upToTwo} = await dimensionsByChange(`class_start <= 2 AND class_end >= 5`);
    expect(upToTwo.slice(0, 2)).toEqual(["won", "soc"]);
  });

  it("(c) planted fallers end in a lower class", async () => {
    const rows = await query(`SELECT class_start, class_end FROM change WHERE code IN (${list(truth.fallers.codes)})`);
    expect(rows.length).toBe(truth.fallers.codes.length);
    for (const r of rows) expect(r.class_end as number).toBeLessThan(r.class_start as number);
    const [all] = await query(`SELECT count(*) AS n FROM change WHERE class_end < class_start`);
    expect(all.n).toBeGreaterThanOrEqual(truth.fallers.codes.length);
  });

  it("(d) weak buurten decline too: the planted weak fallers end lower, mostly through onv and soc", async () => {
    const rows = await query(
      `SELECT class_start, class_end FROM change WHERE code IN (${list(truth.weak_fallers.codes)})`,
    );
    expect(rows.length).toBe(truth.weak_fallers.codes.length);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const r of rows) {
      expect(truth.weak_fallers.start_classes).toContain(r.class_start);
      expect(r.class_end as number).toBeLessThan(r.class_start as number);
    }
    const {order} = await dimensionsByChange(`code IN (${list(truth.weak_fallers.codes)})`);
    // Losses: the most negative mean changes come last in `order`.
    expect(order.slice(-2).reverse()).toEqual(truth.weak_fallers.dominant_dimensions);
  });

  it("(e) the weak classes move plausibly: about half rise, some decline, no mass jump from class 1", async () => {
    const [row] = await query(`SELECT count(*) AS n,
      count(*) FILTER (class_end >= 5) AS risers, count(*) FILTER (class_end < class_start) AS fallers,
      count(*) FILTER (class_start = 1) AS n1, count(*) FILTER (class_start = 1 AND class_end >= 5) AS one_to_five,
      count(*) FILTER (class_start = 2 AND class_end >= 5) AS two_to_five
      FROM change WHERE class_start <= 4`);
    const [n, risers, fallers] = [row.n, row.risers, row.fallers].map(Number);
    expect(risers / n).toBeGreaterThan(0.45);
    expect(risers / n).toBeLessThan(0.7); // was 78% before the weak fallers were planted
    expect(fallers / n).toBeGreaterThan(0.1);
    expect(Number(row.one_to_five) / Number(row.n1)).toBeLessThan(0.2); // was 40 of 125
    expect(Number(row.two_to_five)).toBeGreaterThanOrEqual(truth.risers_mixed.codes.length);
    const partial = await query(`SELECT class_end FROM change WHERE code IN (${list(truth.partial_risers.codes)})`);
    for (const r of partial) expect([2, 3, 4]).toContain(r.class_end);
  });

  it("nationally the scores drift upward, carried mostly by vrz", async () => {
    const {order} = await dimensionsByChange(`true`);
    expect(order[0]).toBe("vrz");
    const years = await query(
      `SELECT year, avg(afw) AS afw FROM lbm WHERE level = 'buurt' GROUP BY year ORDER BY year`,
    );
    for (let i = 1; i < years.length; i++) expect(years[i].afw as number).toBeGreaterThan(years[i - 1].afw as number);
  });
});

describe("planted: livability and SES", () => {
  const correlationSql = (sizeClasses: string[]) => `
    SELECT corr(l.afw, s.ses_total) AS r, count(*) AS n
    FROM areas a JOIN lbm l ON l.code = a.code AND l.year = 2020 JOIN ses s ON s.code = a.code
    WHERE a.level = 'buurt' AND a.size_class IN (${list(sizeClasses)}) AND l.afw IS NOT NULL AND s.ses_total IS NOT NULL`;

  it("(d) LBM–SES correlation is clearly stronger in big gemeenten than in small ones", async () => {
    const [big] = await query(correlationSql(["G4", "100k+"]));
    const [small] = await query(correlationSql(["<20k"]));
    expect(big.r as number).toBeGreaterThan(0.6);
    expect(small.r as number).toBeLessThan(0.45);
    expect((big.r as number) - (small.r as number)).toBeGreaterThan(0.25);
    expect(big.r as number).toBeCloseTo(truth.ses_lbm_correlation.realized_big, 3);
    expect(small.r as number).toBeCloseTo(truth.ses_lbm_correlation.realized_small, 3);
  });

  const lowLowSql = `
    WITH threshold AS (SELECT quantile_cont(ses_total, 0.2) AS p20 FROM ses WHERE level = 'buurt')
    SELECT a.code, a.gemeente_code, a.corop_code, a.centroid_lon AS lon, a.centroid_lat AS lat,
           (s.ses_total < threshold.p20 AND l.lbm_class <= 4) AS low_low
    FROM areas a JOIN ses s ON s.code = a.code JOIN lbm l ON l.code = a.code AND l.year = 2020, threshold
    WHERE a.level = 'buurt' AND s.ses_total IS NOT NULL AND l.lbm_class IS NOT NULL`;

  it("(e) low–low buurten cluster in the two planted metropolitan regions", async () => {
    await db.run(`CREATE OR REPLACE TEMP TABLE low_low AS ${lowLowSql}`);
    // A low–low buurt is "clustered" when at least 5 of its 8 nearest buurten are low–low too.
    const rows = await query(`
      WITH pairs AS (
        SELECT a.code, a.corop_code, b.low_low,
               row_number() OVER (PARTITION BY a.code ORDER BY (a.lon - b.lon) ^ 2 * 0.37 + (a.lat - b.lat) ^ 2, b.code) AS rank
        FROM low_low a JOIN low_low b ON a.code <> b.code AND abs(a.lon - b.lon) < 0.1 AND abs(a.lat - b.lat) < 0.06
        WHERE a.low_low)
      SELECT corop_code, count(*) AS clustered FROM (
        SELECT code, corop_code, sum(low_low::INT) AS neighbours FROM pairs WHERE rank <= 8 GROUP BY code, corop_code)
      WHERE neighbours >= 5 GROUP BY corop_code ORDER BY clustered DESC, corop_code`);
    const top = rows
      .slice(0, 2)
      .map((r) => r.corop_code)
      .sort();
    expect(top).toEqual(truth.low_low_clusters.regions.map((r) => r.code).sort());
    expect(rows[1].clustered as number, JSON.stringify(rows.slice(0, 5))).toBeGreaterThan(
      1.25 * ((rows[2]?.clustered as number) ?? 0),
    );
    for (const region of truth.low_low_clusters.regions) {
      const [core] = await query(
        `SELECT avg(low_low::INT) AS share FROM low_low WHERE code IN (${list(region.core_buurten)})`,
      );
      expect(core.share as number).toBeGreaterThan(0.5);
    }
    const [national] = await query(`SELECT avg(low_low::INT) AS share FROM low_low`);
    expect(national.share as number).toBeLessThan(0.06);
  });

  it("(f) a few gemeenten have 25–40% low–low buurten, more than any other gemeente", async () => {
    const rows = await query(`
      SELECT gemeente_code, avg(low_low::INT) AS share, count(*) AS n FROM (${lowLowSql})
      GROUP BY gemeente_code HAVING count(*) >= ${truth.low_low_gemeenten.min_eligible_buurten} ORDER BY share DESC, gemeente_code`);
    const planted = truth.low_low_gemeenten.gemeenten.map((g) => g.code);
    expect(planted.length).toBeGreaterThanOrEqual(3);
    expect(
      rows
        .slice(0, planted.length)
        .map((r) => r.gemeente_code)
        .sort(),
    ).toEqual(planted.slice().sort());
    for (const r of rows.slice(0, planted.length))
      (expect(r.share as number).toBeGreaterThanOrEqual(0.25), expect(r.share as number).toBeLessThanOrEqual(0.4));
  });
});

describe("planted: ondermijning and ervaren onveiligheid", () => {
  const wideSql = `
    WITH wide AS (
      SELECT code,
        max(value) FILTER (measure = 'onveilig_buurt') AS onveilig,
        max(respondents) FILTER (measure = 'onveilig_buurt') AS respondents,
        max(value) FILTER (measure = 'verdachten_drugs') AS verdachten_drugs,
        max(value) FILTER (measure = 'veroordeelden_drugs') AS veroordeelden_drugs,
        max(value) FILTER (measure = 'verdachten_vermogen') AS verdachten_vermogen,
        max(value) FILTER (measure = 'drugshandel') AS drugshandel,
        max(value) FILTER (measure = 'hennepkwekerijen') AS hennepkwekerijen,
        max(value) FILTER (measure = 'witwassen') AS witwassen
      FROM safety WHERE level = 'gemeente' AND year = 2019 GROUP BY code)
    SELECT w.*, a.stedelijkheid, l.soc FROM wide w
    JOIN areas a ON a.code = w.code JOIN lbm l ON l.code = w.code AND l.year = 2020
    WHERE w.respondents >= 300 AND w.onveilig IS NOT NULL`;
  const INDICATORS = [
    "verdachten_drugs",
    "veroordeelden_drugs",
    "verdachten_vermogen",
    "drugshandel",
    "hennepkwekerijen",
    "witwassen",
  ];

  it("(g) the planted gemeenten have much ondermijning, little felt unsafety and high soc", async () => {
    const z = INDICATORS.map((m) => `(${m} - avg(${m}) OVER ()) / stddev_samp(${m}) OVER ()`).join(" + ");
    const rows = await query(`
      WITH r AS (SELECT code, onveilig, soc, (${z}) / ${INDICATORS.length} AS composite FROM (${wideSql})),
           fit AS (SELECT regr_slope(onveilig, composite) AS slope, regr_intercept(onveilig, composite) AS intercept FROM r)
      SELECT code, composite, soc, onveilig - (intercept + slope * composite) AS residual,
             percent_rank() OVER (ORDER BY composite) AS composite_rank, percent_rank() OVER (ORDER BY soc) AS soc_rank
      FROM r, fit ORDER BY residual, code`);
    expect(rows.length).toBeGreaterThanOrEqual(130);
    const planted = truth.ondermijning_outliers.gemeenten.map((g) => g.code);
    expect(rows.slice(0, 5).map((r) => r.code)).toEqual(expect.arrayContaining(planted));
    for (const r of rows.filter((r) => planted.includes(r.code as string))) {
      expect(r.composite_rank as number).toBeGreaterThan(0.75);
      expect(r.soc_rank as number).toBeGreaterThan(0.5);
    }
  });

  it("ondermijning goes with felt unsafety, more strongly in urban gemeenten", async () => {
    for (const m of INDICATORS) {
      const [row] = await query(`
        SELECT corr(${m}, onveilig) AS r_all,
               corr(${m}, onveilig) FILTER (stedelijkheid <= 2) AS r_urban,
               corr(${m}, onveilig) FILTER (stedelijkheid > 2) AS r_other
        FROM (${wideSql})`);
      expect(row.r_all as number, m).toBeGreaterThan(0.2);
      expect(row.r_urban as number, m).toBeGreaterThan(row.r_other as number);
    }
  });
});
