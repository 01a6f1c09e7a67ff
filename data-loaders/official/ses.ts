/**
 * SES-WOA (85163NED and later) → ses rows; suppressed values stay null. Only the total score is
 * required: a StatLine export holds the columns its user ticked (often no part scores), so the other
 * measures are optional, left null when absent and listed in `absent` for the provenance. Exports
 * carry the codes in "Regiocode (…) (code)" beside a names column "Wijken en buurten".
 */
import type {SesRow} from "../contract/index.ts";
import {isOtherRegion, levelOfCode, SkippedRegions} from "./areas.ts";
import {readNumber, readYear, requireRows, resolveColumns, trimmed, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import type {CbsSource} from "./registry.ts";

const MEASURES = ["ses_total", "ses_welvaart", "ses_opleiding", "ses_arbeid", "ses_spread", "households"] as const;
const OPTIONAL = ["ses_welvaart", "ses_opleiding", "ses_arbeid", "ses_spread", "households", "code"];

export interface SesRead {
  rows: SesRow[];
  skipped: SkippedRegions;
  /** Contract columns the source does not have (null in every row). */
  absent: string[];
}

export function readSes(table: RawTable, source: CbsSource): SesRead {
  requireRows(table);
  const keys = resolveColumns(table, source.columns, OPTIONAL);
  const region = keys.code || keys.region!;
  const years = source.years ?? [];
  const skipped = new SkippedRegions();
  const rows: SesRow[] = [];
  table.rows.forEach((r, i) => {
    const year = readYear(table, keys.period!, i + 1, r[keys.period!]);
    if (years.length && !years.includes(year)) return;
    const code = trimmed(r[region]);
    const level = levelOfCode(code);
    if (!level) {
      if (isOtherRegion(code)) return skipped.add(code);
      fail({
        file: table.file,
        column: region,
        row: i + 1,
        value: r[region],
        message: "is not a known region code (expected BU + 8, WK + 6 or GM + 4 digits)",
      });
    }
    const value = (m: (typeof MEASURES)[number]) => (keys[m] ? readNumber(table, keys[m], i + 1, r[keys[m]]) : null);
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
  return {rows, skipped, absent: MEASURES.filter((m) => !keys[m])};
}
