import {CODE_PATTERNS, COROP_CODE, LEVELS, PROVINCIE_CODE, SIZE_CLASSES} from "./registry.ts";
import type {ColumnSpec, TableName, TableSpec} from "./tables.ts";

const oneOf = (allowed: readonly unknown[]) => (v: unknown) =>
  allowed.includes(v) ? null : `expected one of ${allowed.join(", ")}`;
const matches = (pattern: RegExp) => (v: unknown) =>
  typeof v === "string" && pattern.test(v) ? null : `does not match ${pattern}`;
const areaCode = (v: unknown) =>
  typeof v === "string" && Object.values(CODE_PATTERNS).some((p) => p.test(v)) ? null : "is not a BU/WK/GM code";
const range = (lo: number, hi: number) => (v: unknown) =>
  typeof v === "number" && v >= lo && v <= hi ? null : `outside ${lo}–${hi}`;
const nonNegative = (v: unknown) => (typeof v === "number" && v >= 0 ? null : "is negative");

const col = (
  name: string,
  type: ColumnSpec["type"],
  nullable: boolean,
  description: string,
  unit: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({name, type, nullable, description, unit, ...extra});

const CBS_AREAS = "CBS Kerncijfers wijken en buurten 2020 (84799NED)";
const CBS_REGIONS = "CBS Gebieden in Nederland 2020 (84721NED)";
const code = col("code", "string", false, "Gebiedscode (BU…, WK…, GM…)", "code", {
  check: areaCode,
  source: CBS_AREAS,
});
const level = col("level", "string", false, "buurt, wijk of gemeente", "tekst", {check: oneOf(LEVELS)});
const year = col("year", "smallint", false, "Peiljaar", "jaar", {check: range(1990, 2100)});
const score = (name: string, description: string, unit = "score (afwijking van het landelijk gemiddelde)") =>
  col(name, "double", true, description, unit);

export const SCHEMAS: Record<TableName, TableSpec> = {
  areas: {
    name: "areas",
    description: "Eén rij per buurt, wijk en gemeente van de gebiedsindeling",
    source: CBS_AREAS,
    primaryKey: ["code"],
    sortBy: ["level", "code"],
    columns: [
      code,
      col("name", "string", false, "Naam van het gebied", "tekst", {source: CBS_AREAS}),
      level,
      col(
        "wijk_code",
        "string",
        true,
        "Code van de wijk waarin de buurt ligt (leeg voor wijken en gemeenten)",
        "code",
        {source: CBS_AREAS, check: matches(CODE_PATTERNS.wijk)},
      ),
      col("gemeente_code", "string", false, "Code van de gemeente waarin het gebied ligt", "code", {
        source: CBS_AREAS,
        check: matches(CODE_PATTERNS.gemeente),
      }),
      col("gemeente_name", "string", false, "Naam van die gemeente", "tekst", {source: CBS_AREAS}),
      col("provincie_code", "string", false, "Code van de provincie", "code", {
        source: CBS_REGIONS,
        check: matches(PROVINCIE_CODE),
      }),
      col("provincie_name", "string", false, "Naam van de provincie", "tekst", {source: CBS_REGIONS}),
      col("corop_code", "string", false, "Code van het COROP-gebied (regio van samenwerkende gemeenten)", "code", {
        source: CBS_REGIONS,
        check: matches(COROP_CODE),
      }),
      col("corop_name", "string", false, "Naam van het COROP-gebied", "tekst", {source: CBS_REGIONS}),
      col(
        "size_class",
        "string",
        false,
        "Grootteklasse van de gemeente naar inwoners (G4, overige 100k+, 50–100k, 20–50k, <20k)",
        "klasse",
        {
          source: CBS_AREAS,
          check: oneOf(SIZE_CLASSES.map((s) => s.id)),
        },
      ),
      col(
        "stedelijkheid",
        "tinyint",
        true,
        "Mate van stedelijkheid (CBS, 1 = zeer sterk, 5 = niet stedelijk)",
        "klasse 1–5",
        {source: CBS_AREAS, check: range(1, 5)},
      ),
      col("inhabitants", "integer", true, "Aantal inwoners", "personen", {source: CBS_AREAS, check: nonNegative}),
      col("households", "integer", true, "Aantal particuliere huishoudens", "huishoudens", {
        source: CBS_AREAS,
        check: nonNegative,
      }),
      col("centroid_lon", "double", true, "Zwaartepunt van het gebied, lengtegraad", "graden (WGS84)", {
        source: "PDOK gebiedsgrenzen 2020",
        check: range(-180, 180),
      }),
      col("centroid_lat", "double", true, "Zwaartepunt van het gebied, breedtegraad", "graden (WGS84)", {
        source: "PDOK gebiedsgrenzen 2020",
        check: range(-90, 90),
      }),
    ],
  },
  lbm: {
    name: "lbm",
    description: "Leefbaarometer 3.0 per gebied en jaar",
    source: "Leefbaarometer 3.0 (ministerie van BZK)",
    primaryKey: ["code", "year"],
    // Pages select one level and year: rows in that order let DuckDB skip the other row groups
    // (a Home year change queries 2.5× faster in DuckDB-WASM than with rows in code order).
    sortBy: ["level", "year", "code"],
    columns: [
      code,
      level,
      year,
      score("lbm", "Leefbaarometer-totaalscore (landelijke referentie plus afw)", "score"),
      score("afw", "Afwijking van de landelijke referentie (som van de vijf dimensies)"),
      score("won", "Dimensiescore woningvoorraad"),
      score("fys", "Dimensiescore fysieke omgeving"),
      score("vrz", "Dimensiescore voorzieningen"),
      score("soc", "Dimensiescore sociale samenhang"),
      score("onv", "Dimensiescore overlast en onveiligheid"),
      col("lbm_class", "tinyint", true, "Leefbaarometerklasse 1 (zeer onvoldoende) – 9 (uitstekend)", "klasse 1–9", {
        check: range(1, 9),
      }),
    ],
  },
  ses: {
    name: "ses",
    description: "CBS SES-WOA per gebied en jaar; onderdrukte kleine gebieden blijven leeg",
    source: "CBS SES-WOA (85163NED)",
    primaryKey: ["code", "year"],
    sortBy: ["level", "code", "year"],
    columns: [
      code,
      level,
      year,
      score(
        "ses_total",
        "SES-WOA totaalscore (welvaart, opleiding en arbeidsverleden samen)",
        "score (0 = landelijk gemiddelde)",
      ),
      score("ses_welvaart", "Deelscore financiële welvaart", "score (0 = landelijk gemiddelde)"),
      score("ses_opleiding", "Deelscore opleidingsniveau", "score (0 = landelijk gemiddelde)"),
      score("ses_arbeid", "Deelscore recent arbeidsverleden", "score (0 = landelijk gemiddelde)"),
      col(
        "ses_spread",
        "double",
        true,
        "Spreiding van de SES-WOA over de huishoudens binnen het gebied",
        "standaarddeviatie van de score",
        {check: nonNegative},
      ),
      col("households", "integer", true, "Particuliere huishoudens waarop de SES-WOA rust", "huishoudens", {
        check: nonNegative,
      }),
    ],
  },
  safety: {
    name: "safety",
    description: "Ondermijning en ervaren onveiligheid, lang formaat (gebied × jaar × maat)",
    source: "CBS geregistreerde criminaliteit (83648NED), verdachten (81960NED) en Veiligheidsmonitor (81877NED)",
    primaryKey: ["code", "year", "measure"],
    sortBy: ["measure", "level", "code", "year"],
    columns: [
      code,
      level,
      year,
      col(
        "measure",
        "string",
        false,
        "Welke indicator deze rij geeft (zie de lijst met maten in het codeboek)",
        "code",
      ),
      col("value", "double", true, "Waarde van de indicator", "per maat, zie de lijst met maten"),
      col(
        "respondents",
        "integer",
        true,
        "Aantal respondenten van de Veiligheidsmonitor (alleen bij enquêtematen)",
        "personen",
        {
          source: "CBS Veiligheidsmonitor (81877NED)",
          check: nonNegative,
        },
      ),
    ],
  },
};

export const DUCKDB_TYPES: Record<ColumnSpec["type"], string> = {
  string: "VARCHAR",
  tinyint: "TINYINT",
  smallint: "SMALLINT",
  integer: "INTEGER",
  double: "DOUBLE",
};
