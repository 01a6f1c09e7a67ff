import {CODE_PATTERNS, DEFAULT_CLASS_LOWER_BOUNDS, DIMENSION_IDS} from "./registry.ts";
import {SCHEMAS} from "./schema.ts";
import type {ColumnSpec, Dataset, TableName} from "./tables.ts";

export interface ValidationIssue {
  table: string;
  column: string;
  row: number;
  value: unknown;
  message: string;
}

export class ContractError extends Error {
  constructor(
    public issues: ValidationIssue[],
    public origin = "",
  ) {
    super(
      `${origin ? origin + ": " : ""}${issues.length} contract violation(s):\n` +
        issues.slice(0, 20).map(formatIssue).join("\n") +
        (issues.length > 20 ? `\n… and ${issues.length - 20} more` : ""),
    );
    this.name = "ContractError";
  }
}

export const formatIssue = (i: ValidationIssue) =>
  `table ${i.table}, column ${i.column}, row ${i.row}: value ${JSON.stringify(i.value)} ${i.message}`;

const INTEGER_TYPES = new Set(["tinyint", "smallint", "integer"]);

function checkValue(spec: ColumnSpec, value: unknown): string | null {
  if (value === null || value === undefined) return spec.nullable ? null : "is missing (column is not nullable)";
  if (spec.type === "string") return typeof value === "string" ? (spec.check?.(value) ?? null) : "is not a string";
  if (typeof value !== "number") return "is not a number";
  if (!Number.isFinite(value)) return "is not a finite number";
  if (INTEGER_TYPES.has(spec.type) && !Number.isInteger(value)) return "is not an integer";
  return spec.check?.(value) ?? null;
}

/** Checks one table's rows against its spec: columns present, types, nullability, rules, keys. */
export function validateTable(name: TableName, rows: Record<string, unknown>[], maxIssues = 100): ValidationIssue[] {
  const spec = SCHEMAS[name];
  const issues: ValidationIssue[] = [];
  const push = (issue: ValidationIssue) => issues.length < maxIssues && issues.push(issue);
  if (rows.length === 0) push({table: name, column: "*", row: -1, value: null, message: "table is empty"});
  const expected = new Set(spec.columns.map((c) => c.name));
  rows.slice(0, 1).forEach((row) => {
    for (const c of spec.columns)
      if (!(c.name in row)) push({table: name, column: c.name, row: 0, value: undefined, message: "column is missing"});
    for (const k of Object.keys(row))
      if (!expected.has(k)) push({table: name, column: k, row: 0, value: row[k], message: "is an unexpected column"});
  });
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    for (const c of spec.columns) {
      const message = checkValue(c, row[c.name]);
      if (message) push({table: name, column: c.name, row: i, value: row[c.name], message});
    }
    const key = spec.primaryKey.map((k) => row[k]).join("|");
    if (keys.has(key))
      push({table: name, column: spec.primaryKey.join("+"), row: i, value: key, message: "duplicates the primary key"});
    keys.add(key);
    if ("level" in row && "code" in row && typeof row.code === "string") {
      const pattern = CODE_PATTERNS[row.level as keyof typeof CODE_PATTERNS];
      if (pattern && !pattern.test(row.code))
        push({table: name, column: "code", row: i, value: row.code, message: `does not fit level ${row.level}`});
    }
  });
  return issues;
}

export const classOf = (lbm: number, lowerBounds: readonly number[] = DEFAULT_CLASS_LOWER_BOUNDS) =>
  1 + lowerBounds.filter((b) => lbm >= b).length;

/** Cross-table rules: hierarchy exists, dimensions add up to afw, classes follow the boundaries. */
export function validateDataset(data: Dataset, maxIssues = 100): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const name of Object.keys(SCHEMAS) as TableName[]) {
    issues.push(...validateTable(name, data[name] as unknown as Record<string, unknown>[], maxIssues));
  }
  const push = (issue: ValidationIssue) => issues.length < maxIssues && issues.push(issue);
  const levelOf = new Map(data.areas.map((a) => [a.code, a.level]));
  data.areas.forEach((a, i) => {
    if (a.level === "buurt" && levelOf.get(a.wijk_code ?? "") !== "wijk")
      push({table: "areas", column: "wijk_code", row: i, value: a.wijk_code, message: "is not a wijk in areas"});
    if (levelOf.get(a.gemeente_code) !== "gemeente")
      push({
        table: "areas",
        column: "gemeente_code",
        row: i,
        value: a.gemeente_code,
        message: "is not a gemeente in areas",
      });
  });
  const bounds = data.provenance.class_lower_bounds;
  data.lbm.forEach((r, i) => {
    if (!levelOf.has(r.code)) push({table: "lbm", column: "code", row: i, value: r.code, message: "is not in areas"});
    if (r.afw === null) return;
    const sum = DIMENSION_IDS.reduce((s, d) => s + (r[d] ?? NaN), 0);
    if (Number.isFinite(sum) && Math.abs(sum - r.afw) > 1e-9)
      push({
        table: "lbm",
        column: "afw",
        row: i,
        value: r.afw,
        message: `differs from the sum of the dimensions (${sum})`,
      });
    if (r.lbm !== null && Math.abs(r.lbm - data.provenance.lbm_base - r.afw) > 1e-9)
      push({table: "lbm", column: "lbm", row: i, value: r.lbm, message: "is not lbm_base + afw"});
    if (r.lbm !== null && r.lbm_class !== null && classOf(r.lbm, bounds) !== r.lbm_class)
      push({
        table: "lbm",
        column: "lbm_class",
        row: i,
        value: r.lbm_class,
        message: `does not match the class boundaries for lbm ${r.lbm}`,
      });
  });
  for (const t of ["ses", "safety"] as const) {
    data[t].forEach(
      (r, i) =>
        levelOf.has(r.code) || push({table: t, column: "code", row: i, value: r.code, message: "is not in areas"}),
    );
  }
  return issues;
}

export function assertValid(data: Dataset, origin = ""): void {
  const issues = validateDataset(data);
  if (issues.length) throw new ContractError(issues, origin);
}
