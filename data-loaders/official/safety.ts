/**
 * Safety measures from CBS tables, one rule per contract measure (see registry `safety`). Survey
 * estimates without a respondent count get the effective sample size implied by their 95% margin:
 * n = 1.96² p(1 − p) / h², with h half the interval width (85146NED publishes margins). Where a
 * survey year has neither counts nor margins (81877NED), the reliability rule is "published by CBS",
 * recorded per measure and year so that the pages can say so.
 */
import {SAFETY_MEASURES, type Level, type ReliabilityRule, type SafetyRow} from "../contract/index.ts";
import {isOtherRegion, levelOfCode, SkippedRegions} from "./areas.ts";
import {readNumber, readYear, requireRows, resolveColumns, titleOf, trimmed, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import type {CbsSource, DimensionFilter, SafetyRule} from "./registry.ts";

function matches(
  table: RawTable,
  key: string,
  value: unknown,
  filter: Pick<DimensionFilter, "key" | "title">,
): boolean {
  if (filter.key !== undefined && trimmed(value) === filter.key) return true;
  return filter.title !== undefined && new RegExp(filter.title, "i").test(titleOf(table, key, value));
}

export function effectiveRespondents(percentage: number, lower: number, upper: number): number | null {
  const p = percentage / 100;
  const half = (upper - lower) / 200;
  if (!(half > 0) || p <= 0 || p >= 1) return null;
  return Math.round((1.959964 ** 2 * p * (1 - p)) / half ** 2);
}

export interface SafetyRead {
  rows: SafetyRow[];
  skipped: SkippedRegions;
  /** Survey measures only: the rule in force per year. */
  reliability: ReliabilityRule[];
}

const isSurvey = (measure: string) => SAFETY_MEASURES.find((m) => m.id === measure)?.kind === "onveiligheid";

export function readSafetyMeasure(
  table: RawTable,
  source: CbsSource,
  rule: SafetyRule,
  inhabitants: Map<string, number | null>,
): SafetyRead {
  requireRows(table);
  const names = [
    "region",
    "period",
    rule.value,
    ...(rule.where ?? []).map((w) => w.column),
    ...(rule.margin ? [rule.margin.column] : []),
    ...(rule.respondents ? [rule.respondents] : []),
  ];
  const rules = Object.fromEntries(
    names.map((n) => [
      n,
      source.columns[n] ??
        fail({
          file: table.file,
          column: n,
          message: `safety rule ${rule.measure} names a column that source ${source.table} does not define`,
        }),
    ]),
  );
  const keys = resolveColumns(table, rules) as Record<string, string>;
  const years = source.years ?? [];
  const skipped = new SkippedRegions();
  const groups = new Map<
    string,
    {
      code: string;
      level: Level;
      year: number;
      value: number | null;
      lower?: number | null;
      upper?: number | null;
      respondents: number | null;
      row: number;
    }
  >();
  table.rows.forEach((r, i) => {
    if (!(rule.where ?? []).every((w) => matches(table, keys[w.column], r[keys[w.column]], w))) return;
    const year = readYear(table, keys.period, i + 1, r[keys.period]);
    if (years.length && !years.includes(year)) return;
    const code = trimmed(r[keys.region]);
    const level = levelOfCode(code);
    if (!level) {
      if (isOtherRegion(code)) return skipped.add(code);
      fail({
        file: table.file,
        column: keys.region,
        row: i + 1,
        value: r[keys.region],
        message: "is not a known region code",
      });
    }
    const id = `${code}|${year}`;
    const group = groups.get(id) ?? {code, level: level!, year, value: null, respondents: null, row: i + 1};
    groups.set(id, group);
    const value = readNumber(table, keys[rule.value], i + 1, r[keys[rule.value]]);
    if (rule.respondents)
      group.respondents = readNumber(table, keys[rule.respondents], i + 1, r[keys[rule.respondents]]);
    const m = rule.margin;
    if (!m && group.row !== i + 1)
      fail({
        file: table.file,
        column: keys.region,
        row: i + 1,
        value: {code, year},
        message: `appears in rows ${group.row} and ${i + 1} for measure ${rule.measure}: the table has a dimension the rule does not choose from (a Marges dimension needs a margin rule, another one a "where" filter)`,
      });
    if (!m) group.value = value;
    else if (matches(table, keys[m.column], r[keys[m.column]], {title: m.value})) group.value = value;
    else if (matches(table, keys[m.column], r[keys[m.column]], {title: m.lower})) group.lower = value;
    else if (matches(table, keys[m.column], r[keys[m.column]], {title: m.upper})) group.upper = value;
  });
  if (!groups.size)
    fail({
      file: table.file,
      column: keys[rule.value],
      value: {measure: rule.measure, years, where: rule.where ?? []},
      message: "no rows match this measure's filters",
    });
  const rows = [...groups.values()].map((g) => {
    let value = g.value;
    if (value !== null && rule.perThousandInhabitants) {
      const n = inhabitants.get(g.code);
      value = n ? (value / n) * 1000 : null;
    }
    const respondents =
      g.respondents ??
      (g.value !== null && g.lower != null && g.upper != null ? effectiveRespondents(g.value, g.lower, g.upper) : null);
    return {code: g.code, level: g.level, year: g.year, measure: rule.measure, value, respondents};
  });
  return {rows, skipped, reliability: isSurvey(rule.measure) ? reliabilityOf(rows, rule, source) : []};
}

/** Per year: respondents where any row has them (from a column or a margin), else "published". */
function reliabilityOf(rows: SafetyRow[], rule: SafetyRule, source: CbsSource): ReliabilityRule[] {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return years.map((year) => {
    const counted = rows.some((r) => r.year === year && r.respondents !== null);
    return {
      measure: rule.measure,
      year,
      rule: counted ? "respondents" : "published",
      basis: counted ? (rule.respondents ? "column" : "margin") : null,
      source: `CBS ${source.table}`,
    };
  });
}
