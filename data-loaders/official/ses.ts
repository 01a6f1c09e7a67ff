/** SES-WOA (85163NED and later) → ses rows; suppressed values stay null. */
import type {SesRow} from "../contract/index.ts";
import {isTotalRegion, levelOfCode} from "./areas.ts";
import {readNumber, readYear, requireRows, resolveColumns, trimmed, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import type {CbsSource} from "./registry.ts";

const MEASURES = ["ses_total", "ses_welvaart", "ses_opleiding", "ses_arbeid", "ses_spread", "households"] as const;

export function readSes(table: RawTable, source: CbsSource): SesRow[] {
  requireRows(table);
  const keys = resolveColumns(table, source.columns);
  const years = source.years ?? [];
  const rows: SesRow[] = [];
  table.rows.forEach((r, i) => {
    const year = readYear(table, keys.period!, i + 1, r[keys.period!]);
    if (years.length && !years.includes(year)) return;
    const code = trimmed(r[keys.region!]);
    const level = levelOfCode(code);
    if (!level) {
      if (isTotalRegion(code)) return;
      fail({
        file: table.file,
        column: keys.region!,
        row: i + 1,
        value: r[keys.region!],
        message: "is not a known region code (expected BU + 8, WK + 6 or GM + 4 digits)",
      });
    }
    const value = (m: (typeof MEASURES)[number]) => readNumber(table, keys[m]!, i + 1, r[keys[m]!]);
    const spread = value("ses_spread");
    if (spread !== null && spread < 0)
      fail({
        file: table.file,
        column: keys.ses_spread!,
        row: i + 1,
        value: spread,
        message: "a spread cannot be negative",
      });
    rows.push({
      code,
      level: level!,
      year,
      ses_total: value("ses_total"),
      ses_welvaart: value("ses_welvaart"),
      ses_opleiding: value("ses_opleiding"),
      ses_arbeid: value("ses_arbeid"),
      ses_spread: spread,
      households: value("households"),
    });
  });
  if (!rows.length) fail({file: table.file, column: keys.period!, value: years, message: "no rows for these years"});
  return rows;
}
