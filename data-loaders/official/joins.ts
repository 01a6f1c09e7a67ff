/**
 * Joins on area code with the areas table as the spine. Every join reports, per level (buurt, wijk,
 * gemeente): source codes that are not areas of the boundary year (dropped from the table, listed),
 * and areas the source does not cover (kept, with the inhabitants they hold). A level the source
 * does not deliver is reported as such; codes whose rows carry only NULLs (suppressed) are counted
 * as `null_only`, not as matched; regions of other types the reader skipped are counted too.
 * Nothing disappears silently.
 */
import {LEVELS, type AreaRow, type JoinCoverage, type Level} from "../contract/index.ts";
import type {SkippedRegions} from "./areas.ts";

const EXAMPLES = 10;

export interface JoinOptions<T> {
  /** Whether a row carries a value; a code all of whose rows do not is null_only. Default: every row does. */
  hasValue?: (row: T) => boolean;
  skipped?: SkippedRegions;
}

/** hasValue for rows whose listed columns are the values: at least one is not null. */
export const anyValue =
  <T>(columns: (keyof T)[]) =>
  (row: T) =>
    columns.some((c) => row[c] !== null && row[c] !== undefined);

export function joinToAreas<T extends {code: string; level: Level}>(
  name: string,
  rows: T[],
  areas: AreaRow[],
  boundaryYear: number,
  {hasValue = () => true, skipped}: JoinOptions<T> = {},
): {rows: T[]; coverage: JoinCoverage[]} {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const kept = rows.filter((r) => byCode.has(r.code));
  const withValue = new Set(rows.filter(hasValue).map((r) => r.code));
  const coverage: JoinCoverage[] = [];
  let skippedReported = false;
  for (const level of LEVELS) {
    const codes = new Set(rows.filter((r) => r.level === level).map((r) => r.code));
    const spine = areas.filter((a) => a.level === level);
    const inhabitants = (list: AreaRow[]) => list.reduce((s, a) => s + (a.inhabitants ?? 0), 0);
    const base = {source: name, level, delivered: codes.size > 0};
    if (!codes.size) {
      coverage.push({
        join: `gebieden ${boundaryYear} (${level}) zonder ${name}`,
        ...base,
        matched: 0,
        null_only: 0,
        unmatched: spine.length,
        unmatched_inhabitants: inhabitants(spine),
        unmatched_examples: [],
      });
      continue;
    }
    const unknown = [...codes].filter((c) => !byCode.has(c)).sort();
    const nullOnly = [...codes].filter((c) => byCode.has(c) && !withValue.has(c)).length;
    coverage.push({
      join: `${name} (${level}) → gebieden ${boundaryYear}`,
      ...base,
      matched: codes.size - unknown.length - nullOnly,
      null_only: nullOnly,
      unmatched: unknown.length,
      unmatched_inhabitants: null,
      unmatched_examples: unknown.slice(0, EXAMPLES),
      ...(skipped?.total && !skippedReported ? {skipped_regions: skipped.counts} : {}),
    });
    skippedReported = true;
    const missing = spine.filter((a) => !codes.has(a.code));
    const spineNullOnly = spine.filter((a) => codes.has(a.code) && !withValue.has(a.code)).length;
    coverage.push({
      join: `gebieden ${boundaryYear} (${level}) zonder ${name}`,
      ...base,
      matched: spine.length - missing.length - spineNullOnly,
      null_only: spineNullOnly,
      unmatched: missing.length,
      unmatched_inhabitants: inhabitants(missing),
      unmatched_examples: missing.slice(0, EXAMPLES).map((a) => a.code),
    });
  }
  return {rows: kept, coverage};
}
