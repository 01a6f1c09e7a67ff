/**
 * Joins on area code with the areas table as the spine. Every join reports both directions: source
 * codes that are not areas of the boundary year (dropped from the table, listed), and areas the
 * source does not cover (kept, with the inhabitants they hold). Nothing disappears silently.
 */
import type {AreaRow, JoinCoverage, Level} from "../contract/index.ts";

const EXAMPLES = 10;

export function joinToAreas<T extends {code: string; level: Level}>(
  name: string,
  rows: T[],
  areas: AreaRow[],
  boundaryYear: number,
): {rows: T[]; coverage: JoinCoverage[]} {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const kept = rows.filter((r) => byCode.has(r.code));
  const coverage: JoinCoverage[] = [];
  const levels = [...new Set(rows.map((r) => r.level))];
  for (const level of levels) {
    const codes = new Set(rows.filter((r) => r.level === level).map((r) => r.code));
    const unknown = [...codes].filter((c) => !byCode.has(c)).sort();
    coverage.push({
      join: `${name} (${level}) → gebieden ${boundaryYear}`,
      matched: codes.size - unknown.length,
      unmatched: unknown.length,
      unmatched_inhabitants: null,
      unmatched_examples: unknown.slice(0, EXAMPLES),
    });
    const spine = areas.filter((a) => a.level === level);
    const missing = spine.filter((a) => !codes.has(a.code));
    coverage.push({
      join: `gebieden ${boundaryYear} (${level}) zonder ${name}`,
      matched: spine.length - missing.length,
      unmatched: missing.length,
      unmatched_inhabitants: missing.reduce((s, a) => s + (a.inhabitants ?? 0), 0),
      unmatched_examples: missing.slice(0, EXAMPLES).map((a) => a.code),
    });
  }
  return {rows: kept, coverage};
}
