/**
 * Leefbaarometer 3.0 open-data zip → lbm rows. File names differ per edition, so each level's CSV
 * is found by a pattern on its path; columns by name. Published scores are rounded to a few
 * decimals, while the contract requires afw = sum of the dimensions and lbm = base + afw exactly:
 * both are recomputed from the dimensions after checking that the file agrees within rounding.
 */
import {unzipSync} from "fflate";
import {CODE_PATTERNS, DEFAULT_CLASS_LOWER_BOUNDS, classOf, type Level, type LbmRow} from "../contract/index.ts";
import {delimitedTable} from "./csv.ts";
import {readNumber, readYear, requireRows, resolveColumns, trimmed} from "./columns.ts";
import {fail} from "./errors.ts";
import {fetchCached, type FetchContext} from "./fetch.ts";
import {expandUrl, type LbmSource} from "./registry.ts";

export interface LbmRead {
  rows: LbmRow[];
  lbmBase: number;
  files: string[];
  url: string;
  retrieved: string;
  /** Levels the zip has no file for: the tables then hold no rows at that level. */
  missingLevels: Level[];
}

const DIMENSIONS = ["won", "fys", "vrz", "soc", "onv"] as const;

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new Error(`not a complete zip archive (${(error as Error).message})`);
  }
}

export async function readLbm(source: LbmSource, hosts: Record<string, string>, ctx: FetchContext): Promise<LbmRead> {
  const url = expandUrl(source.url, hosts);
  let entries: Record<string, Uint8Array> = {};
  const name = decodeURIComponent(url.split("/").at(-1) || "leefbaarometer.zip");
  // `validate` runs on every read (download, cache hit, offline copy), so `entries` is always the zip's.
  const fetched = await fetchCached(
    {url, name, expect: "zip", validate: (bytes) => void (entries = unzip(bytes))},
    ctx,
  );
  const zipName = fetched.offline ? fetched.path : url;
  const exclude = new RegExp(source.exclude, "i");
  const paths = Object.keys(entries).filter((p) => p.toLowerCase().endsWith(".csv") && !exclude.test(p));
  const missingLevels: Level[] = [];

  const raw: {level: Level; file: string; rows: Omit<LbmRow, "lbm_class">[]; fileLbm: (number | null)[]}[] = [];
  for (const level of ["buurt", "wijk", "gemeente"] as const) {
    const pattern = new RegExp(source.files[level], "i");
    const path = paths.find((p) => pattern.test(p));
    if (!path) {
      if (level === "buurt")
        fail({
          file: zipName,
          column: "files.buurt",
          value: paths,
          message: `no CSV in the zip matches /${source.files.buurt}/i (the value lists the CSV files it has); set lbm.files.buurt in LBM_SOURCES_CONFIG`,
        });
      missingLevels.push(level);
      ctx.log?.(
        `[official] warning: ${zipName} has no ${level} file (no CSV matches /${source.files[level]}/i; CSV files: ${paths.join(", ")}); ` +
          `the lbm table will have no ${level} rows. Set lbm.files.${level} in LBM_SOURCES_CONFIG if the file has another name.`,
      );
      continue;
    }
    const file = `${zipName}!${path}`;
    const table = delimitedTable(file, new TextDecoder().decode(entries[path]), source.delimiter);
    const keys = resolveColumns(table, source.columns) as Record<keyof LbmSource["columns"], string>;
    requireRows(table);
    const rows: Omit<LbmRow, "lbm_class">[] = [];
    const fileLbm: (number | null)[] = [];
    table.rows.forEach((r, i) => {
      const code = trimmed(r[keys.code]);
      if (!CODE_PATTERNS[level].test(code))
        fail({
          file,
          column: keys.code,
          row: i + 1,
          value: r[keys.code],
          message: `is not a ${level} code (expected ${CODE_PATTERNS[level]})`,
        });
      const num = (k: keyof LbmSource["columns"]) => readNumber(table, keys[k], i + 1, r[keys[k]]);
      const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, num(d)])) as Record<
        (typeof DIMENSIONS)[number],
        number | null
      >;
      const afw = num("afw");
      if (afw !== null && DIMENSIONS.every((d) => dims[d] !== null)) {
        const sum = DIMENSIONS.reduce((s, d) => s + dims[d]!, 0);
        if (Math.abs(sum - afw) > source.roundingTolerance)
          fail({
            file,
            column: keys.afw,
            row: i + 1,
            value: afw,
            message: `differs from the sum of the five dimensions (${sum.toFixed(4)}) by more than rounding`,
          });
      }
      rows.push({code, level, year: readYear(table, keys.year, i + 1, r[keys.year]), lbm: num("lbm"), afw, ...dims});
      fileLbm.push(num("lbm"));
    });
    raw.push({level, file, rows, fileLbm});
  }

  const gaps = raw
    .flatMap((t) => t.rows.filter((r) => r.lbm !== null && r.afw !== null).map((r) => r.lbm! - r.afw!))
    .sort((a, b) => a - b);
  if (!gaps.length) fail({file: raw[0].file, column: "lbm", message: "no row has both lbm and afw"});
  const lbmBase = Math.round(gaps[Math.floor(gaps.length / 2)] * 1e4) / 1e4;
  const out: LbmRow[] = [];
  for (const t of raw) {
    t.rows.forEach((r, i) => {
      const complete = DIMENSIONS.every((d) => r[d] !== null);
      const afw = complete ? DIMENSIONS.reduce((s, d) => s + r[d]!, 0) : null;
      const lbm = afw === null ? r.lbm : lbmBase + afw;
      if (r.lbm !== null && lbm !== null && Math.abs(r.lbm - lbm) > source.roundingTolerance * 2) {
        fail({
          file: t.file,
          column: "lbm",
          row: i + 1,
          value: r.lbm,
          message: `is not ${lbmBase} + afw (${lbm.toFixed(4)}) within rounding: the file mixes reference levels`,
        });
      }
      out.push({...r, afw, lbm, lbm_class: lbm === null ? null : classOf(lbm, DEFAULT_CLASS_LOWER_BOUNDS)});
    });
  }
  return {rows: out, lbmBase, files: raw.map((t) => t.file), url, retrieved: fetched.retrieved, missingLevels};
}

/** For provenance (Dutch, for readers): which levels the zip did not deliver. */
export const missingLevelsNote = (levels: Level[]) =>
  levels.length
    ? `Geen ${levels.join("- en ")}bestand in de zip: geen Leefbaarometer-scores per ${levels.join(" of ")}. `
    : "";
