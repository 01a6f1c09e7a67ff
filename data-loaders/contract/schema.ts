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
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({name, type, nullable, description, ...extra});

const code = col("code", "string", false, "Gebiedscode (BU…, WK…, GM…)", {check: areaCode});
const level = col("level", "string", false, "buurt, wijk of gemeente", {check: oneOf(LEVELS)});
const year = col("year", "smallint", false, "Peiljaar", {check: range(1990, 2100)});
const score = (name: string, description: string) => col(name, "double", true, description);

export const SCHEMAS: Record<TableName, TableSpec> = {
  areas: {
    name: "areas",
    description: "Eén rij per buurt, wijk en gemeente van de gebiedsindeling",
    primaryKey: ["code"],
    sortBy: ["level", "code"],
    columns: [
      code,
      col("name", "string", false, "Naam"),
      level,
      col("wijk_code", "string", true, "Wijk (alleen voor buurten)", {check: matches(CODE_PATTERNS.wijk)}),
      col("gemeente_code", "string", false, "Gemeente", {check: matches(CODE_PATTERNS.gemeente)}),
      col("gemeente_name", "string", false, "Gemeentenaam"),
      col("provincie_code", "string", false, "Provincie", {check: matches(PROVINCIE_CODE)}),
      col("provincie_name", "string", false, "Provincienaam"),
      col("corop_code", "string", false, "COROP-gebied", {check: matches(COROP_CODE)}),
      col("corop_name", "string", false, "COROP-naam"),
      col("size_class", "string", false, "Grootteklasse van de gemeente", {
        check: oneOf(SIZE_CLASSES.map((s) => s.id)),
      }),
      col("stedelijkheid", "tinyint", true, "Mate van stedelijkheid (CBS, 1 = zeer sterk)", {check: range(1, 5)}),
      col("inhabitants", "integer", true, "Inwoners", {check: nonNegative}),
      col("households", "integer", true, "Particuliere huishoudens", {check: nonNegative}),
      col("centroid_lon", "double", true, "Zwaartepunt, lengtegraad (WGS84)", {check: range(-180, 180)}),
      col("centroid_lat", "double", true, "Zwaartepunt, breedtegraad (WGS84)", {check: range(-90, 90)}),
    ],
  },
  lbm: {
    name: "lbm",
    description: "Leefbaarometer 3.0 per gebied en jaar",
    primaryKey: ["code", "year"],
    // Pages select one level and year: rows in that order let DuckDB skip the other row groups
    // (a Home year change queries 2.5× faster in DuckDB-WASM than with rows in code order).
    sortBy: ["level", "year", "code"],
    columns: [
      code,
      level,
      year,
      score("lbm", "Totaalscore"),
      score("afw", "Afwijking van de landelijke referentie (som van de vijf dimensies)"),
      score("won", "Woningvoorraad"),
      score("fys", "Fysieke omgeving"),
      score("vrz", "Voorzieningen"),
      score("soc", "Sociale samenhang"),
      score("onv", "Overlast en onveiligheid"),
      col("lbm_class", "tinyint", true, "Klasse 1 (zeer onvoldoende) – 9 (uitstekend)", {check: range(1, 9)}),
    ],
  },
  ses: {
    name: "ses",
    description: "CBS SES-WOA per gebied en jaar; onderdrukte kleine gebieden blijven leeg",
    primaryKey: ["code", "year"],
    sortBy: ["level", "code", "year"],
    columns: [
      code,
      level,
      year,
      score("ses_total", "SES-WOA totaalscore"),
      score("ses_welvaart", "Deelscore financiële welvaart"),
      score("ses_opleiding", "Deelscore opleidingsniveau"),
      score("ses_arbeid", "Deelscore recent arbeidsverleden"),
      col("ses_spread", "double", true, "Spreiding van de SES-WOA binnen het gebied", {check: nonNegative}),
      col("households", "integer", true, "Particuliere huishoudens (SES-WOA-tabel)", {check: nonNegative}),
    ],
  },
  safety: {
    name: "safety",
    description: "Ondermijning en ervaren onveiligheid, lang formaat (gebied × jaar × maat)",
    primaryKey: ["code", "year", "measure"],
    sortBy: ["measure", "level", "code", "year"],
    columns: [
      code,
      level,
      year,
      col("measure", "string", false, "Maat-id (zie SAFETY_MEASURES)"),
      col("value", "double", true, "Waarde"),
      col("respondents", "integer", true, "Aantal respondenten (alleen enquêtematen)", {check: nonNegative}),
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
