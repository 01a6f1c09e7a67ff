/**
 * The normalised contract: every source (Demoland, official) produces exactly these tables.
 * Column specs are the single description used for validation, parquet types and documentation.
 */
import type {DataSource, Level, ReliabilityRuleId} from "./registry.ts";

export type ColumnType = "string" | "tinyint" | "smallint" | "integer" | "double";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** Dutch, for readers (the codebook and the werkbank's schema browser show it). */
  description: string;
  /** Dutch unit or kind of value ("code", "tekst", "score", "aantal", …); the codebook needs one for every column. */
  unit: string;
  /** Where the official values come from; the table's source when omitted. */
  source?: string;
  /** Extra row-level rule; returns an error text or null. */
  check?: (value: unknown) => string | null;
}

export interface TableSpec {
  name: TableName;
  description: string;
  /** The publisher and table of the official values (Demoland generates every column). */
  source: string;
  columns: ColumnSpec[];
  primaryKey: string[];
  sortBy: string[];
}

export type TableName = "areas" | "lbm" | "ses" | "safety";

export interface AreaRow {
  code: string;
  name: string;
  level: Level;
  wijk_code: string | null;
  gemeente_code: string;
  gemeente_name: string;
  provincie_code: string;
  provincie_name: string;
  corop_code: string;
  corop_name: string;
  size_class: string;
  stedelijkheid: number | null;
  inhabitants: number | null;
  households: number | null;
  centroid_lon: number | null;
  centroid_lat: number | null;
}

export interface LbmRow {
  code: string;
  level: Level;
  year: number;
  lbm: number | null;
  afw: number | null;
  won: number | null;
  fys: number | null;
  vrz: number | null;
  soc: number | null;
  onv: number | null;
  lbm_class: number | null;
}

export interface SesRow {
  code: string;
  level: Level;
  year: number;
  ses_total: number | null;
  ses_welvaart: number | null;
  ses_opleiding: number | null;
  ses_arbeid: number | null;
  ses_spread: number | null;
  households: number | null;
}

export interface SafetyRow {
  code: string;
  level: Level;
  year: number;
  measure: string;
  value: number | null;
  /** Survey measures only (Veiligheidsmonitor); null for registrations. */
  respondents: number | null;
}

export interface TableProvenance {
  table: string;
  source: string;
  url: string | null;
  licence: string;
  retrieved: string | null;
  rows: number;
  note?: string;
  /** Contract columns the source did not deliver (a StatLine export without part scores): left null. */
  absent_columns?: string[];
}

/**
 * One direction of one join at one level. `delivered: false` marks a level the source has no rows
 * for (all counts 0). `matched` counts codes with at least one value; codes that matched but carry
 * only NULLs (suppressed) are `null_only`, never matched.
 */
export interface JoinCoverage {
  join: string;
  source: string;
  level: Level;
  delivered: boolean;
  matched: number;
  null_only: number;
  unmatched: number;
  unmatched_inhabitants: number | null;
  unmatched_examples: string[];
  /** Rows of other region types (police districts PD…, basisteams BT…, provinces, the country) skipped, by code prefix. */
  skipped_regions?: Record<string, number>;
}

/**
 * How a survey measure's estimates count as reliable in one year: by respondents (a count, or the
 * effective sample size from a 95% interval) against the page's minimum, or, where the publisher
 * gives neither, by being published at all (CBS publishes only gemeenten with enough respondents).
 */
export interface ReliabilityRule {
  measure: string;
  year: number;
  rule: ReliabilityRuleId;
  /** Where the respondents come from ("column", "margin") or null for the published rule. */
  basis: "column" | "margin" | null;
  source: string;
}

export interface Provenance {
  source: DataSource;
  label: string;
  synthetic: boolean;
  boundary_year: number;
  generator: {name: string; version: string; seed: number} | null;
  class_lower_bounds: number[];
  lbm_base: number;
  tables: TableProvenance[];
  joins: JoinCoverage[];
  /** Per survey measure and year; absent in sources whose survey rows all carry respondents. */
  reliability?: ReliabilityRule[];
  /** Which data a site was built from: set when the files are written (see data-loaders/dataset-id.ts). */
  dataset?: DatasetId;
}

export interface DatasetId {
  /** e.g. "demo-seed-20200101-3f9a1c2b7e10" or "official-2026-11-30-3f9a1c2b7e10". */
  id: string;
  /** sha256 over the table and geometry files, in a fixed order; the first 12 hex digits are in `id`. */
  sha256: string;
}

export interface Dataset {
  areas: AreaRow[];
  lbm: LbmRow[];
  ses: SesRow[];
  safety: SafetyRow[];
  /** TopoJSON topology, objects buurt/wijk/gemeente/provincie in WGS84 lon/lat, feature id = code. */
  geometry: unknown;
  provenance: Provenance;
}
