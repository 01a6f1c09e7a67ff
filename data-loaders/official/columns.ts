/** Column recognition by title or key prefix, and reading values, with errors that name file,
 * column and value. Every reader (OData v3/v4, StatLine CSV, Leefbaarometer CSV) yields a RawTable. */
import {fail} from "./errors.ts";
import type {ColumnRule} from "./registry.ts";

export interface RawColumn {
  key: string;
  /** Title path for CBS topics ("SES-WOA/Totaalscore/Gemiddelde score"), the header for CSV. */
  title: string;
}

export interface RawTable {
  file: string;
  columns: RawColumn[];
  rows: Record<string, unknown>[];
  /** Per dimension key: code → title, where the code list was read. */
  titles: Record<string, Map<string, string>>;
  delimiter?: string;
  decimalComma?: boolean;
}

const lastSegment = (title: string) => title.split("/").at(-1) ?? title;

export function matchesRule(column: RawColumn, rule: ColumnRule): boolean {
  if (rule.key !== undefined && column.key === rule.key) return true;
  if (
    rule.keyPrefix !== undefined &&
    (column.key === rule.keyPrefix || new RegExp(`^${rule.keyPrefix}_\\d+$`).test(column.key))
  )
    return true;
  if (rule.title !== undefined) {
    const pattern = new RegExp(rule.title, "i");
    return pattern.test(column.title) || pattern.test(lastSegment(column.title));
  }
  return false;
}

const describeRule = (rule: ColumnRule) =>
  [
    rule.key && `key ${rule.key}`,
    rule.keyPrefix && `key prefix ${rule.keyPrefix}`,
    rule.title && `title /${rule.title}/i`,
  ]
    .filter(Boolean)
    .join(" or ");

export function findColumn(table: RawTable, rule: ColumnRule, name: string): RawColumn {
  const found = table.columns.filter((c) => matchesRule(c, rule));
  if (found.length === 1) return found[0];
  const list = table.columns.map((c) => (c.key === c.title ? c.key : `${c.key} (${c.title})`)).join("; ");
  if (found.length === 0) {
    return fail({
      file: table.file,
      column: name,
      message: `no column matches ${describeRule(rule)}. Columns found: ${list}. Correct the rule in LBM_SOURCES_CONFIG if the publisher renamed it.`,
    });
  }
  return fail({
    file: table.file,
    column: name,
    value: found.map((c) => c.key),
    message: `several columns match ${describeRule(rule)}; make the rule more specific in LBM_SOURCES_CONFIG`,
  });
}

/** Column keys by logical name; an optional column that is absent maps to "". */
export function resolveColumns(
  table: RawTable,
  rules: Record<string, ColumnRule>,
  optional: string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const present = table.columns.some((c) => matchesRule(c, rule));
    out[name] = !present && optional.includes(name) ? "" : findColumn(table, rule, name).key;
  }
  return out;
}

export function requireRows(table: RawTable): void {
  if (table.rows.length === 0) fail({file: table.file, message: "the table has no data rows"});
}

/** Suppressed (`.`, empty, null) stays null; anything else must read as a finite number. */
export function readNumber(table: RawTable, column: string, row: number, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? value
      : fail({file: table.file, column, row, value, message: "is not a finite number"});
  const text = String(value).trim();
  if (text === "" || text === "." || text === "x" || text === "-") return null;
  const normal = table.decimalComma ? text.replace(",", ".") : text;
  const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal) ? Number(normal) : NaN;
  if (!Number.isFinite(number)) {
    const hint =
      !table.decimalComma && /^-?\d+,\d+$/.test(text) ? " (a decimal comma where a decimal point was expected)" : "";
    return fail({file: table.file, column, row, value, message: `is not a number${hint}`});
  }
  return number;
}

export const trimmed = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

/** CBS periods look like 2019JJ00; Leefbaarometer years are plain numbers. */
export function readYear(table: RawTable, column: string, row: number, value: unknown): number {
  const match = /^(\d{4})(JJ00)?$/.exec(trimmed(value));
  return match
    ? Number(match[1])
    : fail({file: table.file, column, row, value, message: "is not a year (expected e.g. 2019 or 2019JJ00)"});
}

/** The title of a dimension value when its code list was read, otherwise the value itself. */
export const titleOf = (table: RawTable, column: string, value: unknown) =>
  table.titles[column]?.get(trimmed(value)) ?? trimmed(value);
