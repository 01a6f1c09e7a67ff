/**
 * The codebook: every column of every table with its Dutch description, unit, source and years,
 * generated from the contract (one truth). The werkbank's schema browser and the download on
 * Methoden & data both read this.
 */
import {BOUNDARY_YEAR, LBM_YEARS, SAFETY_MEASURES, SAFETY_YEARS, SES_YEARS, SCHEMAS} from "./contract/index.ts";
import type {TableName} from "./contract/index.ts";
import {csvFormat} from "../src/lib/csv.js";

const YEARS: Record<TableName, readonly number[]> = {
  areas: [BOUNDARY_YEAR],
  lbm: LBM_YEARS,
  ses: SES_YEARS,
  safety: SAFETY_YEARS,
};

export interface CodebookColumn {
  table: TableName;
  column: string;
  type: string;
  nullable: boolean;
  description: string;
  unit: string;
  source: string;
  years: number[];
}

export interface Codebook {
  tables: {name: TableName; description: string; source: string; years: number[]}[];
  columns: CodebookColumn[];
  /** The measures of the long safety table (its `measure` column), with their units. */
  measures: {id: string; label: string; unit: string; kind: string}[];
}

export function codebook(): Codebook {
  const names = Object.keys(SCHEMAS) as TableName[];
  return {
    tables: names.map((name) => ({
      name,
      description: SCHEMAS[name].description,
      source: SCHEMAS[name].source,
      years: [...YEARS[name]],
    })),
    columns: names.flatMap((table) =>
      SCHEMAS[table].columns.map((c) => ({
        table,
        column: c.name,
        type: c.type,
        nullable: c.nullable,
        description: c.description,
        unit: c.unit,
        source: c.source ?? SCHEMAS[table].source,
        years: [...YEARS[table]],
      })),
    ),
    measures: SAFETY_MEASURES.map(({id, label, unit, kind}) => ({id, label, unit, kind})),
  };
}

/** The codebook as one CSV table (one row per column), for the download. */
export function codebookCsv(book: Codebook = codebook()): string {
  const rows = book.columns.map((c) => ({...c, years: c.years.join(" "), nullable: c.nullable ? "ja" : "nee"}));
  return csvFormat(rows, {
    columns: [
      ["table", "tabel"],
      ["column", "kolom"],
      ["type", "type"],
      ["nullable", "mag_leeg"],
      ["description", "omschrijving"],
      ["unit", "eenheid"],
      ["source", "bron_officieel"],
      ["years", "jaren"],
    ],
    comment: "Codeboek Leefbaarometer — verdiepende analyses. Demoland (synthetisch) maakt dezelfde kolommen.",
  });
}
