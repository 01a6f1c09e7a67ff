/**
 * The spine: areas of the boundary year from Kerncijfers wijken en buurten (codes, names,
 * inhabitants, households, stedelijkheid), with COROP and provincie from Gebieden in Nederland.
 * In Gebieden the column positions move between years, so the COROP and provincie columns are
 * found by their values (CR…, PV…) and the name is the column right after the code.
 */
import {CODE_PATTERNS, COROP_CODE, PROVINCIE_CODE, type AreaRow, type Level} from "../contract/index.ts";
import {readNumber, requireRows, resolveColumns, titleOf, trimmed, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import type {CbsSource} from "./registry.ts";

export const levelOfCode = (code: string): Level | null =>
  (Object.entries(CODE_PATTERNS) as [Level, RegExp][]).find(([, pattern]) => pattern.test(code))?.[0] ?? null;

/** The country and larger regions appear as totals in CBS tables; they are not areas of the contract. */
export const isTotalRegion = (code: string) => /^(NL|LD|PV|CR|AM|RE)\d*$/.test(code);

/**
 * A region code of another type than buurt/wijk/gemeente (country NL00, provinces PV…, police units
 * RE…/PD…/BT…, …): two capitals and letters or digits. A BU/WK/GM code of the wrong shape is not one
 * of these: it is an error in the file.
 */
export const isOtherRegion = (code: string) => /^[A-Z]{2}[A-Z0-9]*$/.test(code) && !/^(BU|WK|GM)/.test(code);

/** Regions of other types that a reader skipped, distinct codes counted per two-letter prefix. */
export class SkippedRegions {
  readonly counts: Record<string, number> = {};
  private seen = new Set<string>();
  add(code: string): void {
    if (this.seen.has(code)) return;
    this.seen.add(code);
    const prefix = code.slice(0, 2);
    this.counts[prefix] = (this.counts[prefix] ?? 0) + 1;
  }
  get total(): number {
    return Object.values(this.counts).reduce((s, n) => s + n, 0);
  }
  /** "PD 2, BT 3, NL 1" */
  describe(): string {
    return Object.entries(this.counts)
      .map(([prefix, n]) => `${prefix} ${n}`)
      .join(", ");
  }
}

interface Region {
  code: string;
  name: string;
}

function regionColumn(table: RawTable, pattern: RegExp, what: string): {code: string; name: string} {
  const index = table.columns.findIndex((c) => {
    const values = table.rows.map((r) => trimmed(r[c.key])).filter((v) => v !== "");
    return values.length > 0 && values.every((v) => pattern.test(v));
  });
  if (index < 0 || index + 1 >= table.columns.length) {
    return fail({
      file: table.file,
      column: `${what} code`,
      message: `no column holds only ${pattern} values (with the name in the next column). Columns found: ${table.columns.map((c) => c.key).join("; ")}`,
    });
  }
  return {code: table.columns[index].key, name: table.columns[index + 1].key};
}

export function readGebieden(table: RawTable, source: CbsSource): Map<string, {corop: Region; provincie: Region}> {
  requireRows(table);
  const keys = resolveColumns(table, {region: source.columns.region});
  const corop = regionColumn(table, COROP_CODE, "COROP");
  const provincie = regionColumn(table, PROVINCIE_CODE, "provincie");
  const out = new Map<string, {corop: Region; provincie: Region}>();
  table.rows.forEach((r) => {
    const code = trimmed(r[keys.region!]);
    if (!CODE_PATTERNS.gemeente.test(code)) return;
    out.set(code, {
      corop: {code: trimmed(r[corop.code]), name: trimmed(r[corop.name])},
      provincie: {code: trimmed(r[provincie.code]), name: trimmed(r[provincie.name])},
    });
  });
  return out;
}

export function sizeClassOf(code: string, inhabitants: number | null, g4: string[]): string {
  if (g4.includes(code)) return "G4";
  const n = inhabitants ?? 0;
  return n >= 100_000 ? "100k+" : n >= 50_000 ? "50-100k" : n >= 20_000 ? "20-50k" : "<20k";
}

export function readAreas(
  kwb: RawTable,
  source: CbsSource,
  gebieden: {file: string; regions: Map<string, {corop: Region; provincie: Region}>},
  centroids: Map<string, [number, number]>,
  g4: string[],
): AreaRow[] {
  requireRows(kwb);
  const keys = resolveColumns(kwb, source.columns, ["code"]);
  const base: Omit<
    AreaRow,
    | "wijk_code"
    | "gemeente_code"
    | "gemeente_name"
    | "provincie_code"
    | "provincie_name"
    | "corop_code"
    | "corop_name"
    | "size_class"
    | "centroid_lon"
    | "centroid_lat"
  >[] = [];
  const gemeenteName = new Map<string, string>();
  kwb.rows.forEach((r, i) => {
    const code = trimmed(r[keys.code || keys.region]);
    const level = levelOfCode(code);
    if (!level) {
      if (isTotalRegion(code)) return;
      fail({
        file: kwb.file,
        column: keys.code || keys.region,
        row: i + 1,
        value: r[keys.code || keys.region],
        message: "is not a known region code (expected BU + 8, WK + 6 or GM + 4 digits, or a total such as NL00)",
      });
    }
    const number = (k: "inhabitants" | "households" | "stedelijkheid") => readNumber(kwb, keys[k]!, i + 1, r[keys[k]!]);
    const stedelijkheid = number("stedelijkheid");
    if (stedelijkheid !== null && !(Number.isInteger(stedelijkheid) && stedelijkheid >= 1 && stedelijkheid <= 5)) {
      fail({
        file: kwb.file,
        column: keys.stedelijkheid!,
        row: i + 1,
        value: stedelijkheid,
        message: "is not a stedelijkheid class 1–5",
      });
    }
    const name = titleOf(kwb, keys.region!, r[keys.region!]) || code;
    if (level === "gemeente") gemeenteName.set(code, name);
    else if (!gemeenteName.has(`GM${code.slice(2, 6)}`))
      gemeenteName.set(`GM${code.slice(2, 6)}`, trimmed(r[keys.gemeenteName!]));
    base.push({
      code,
      name,
      level: level!,
      stedelijkheid,
      inhabitants: number("inhabitants"),
      households: number("households"),
    });
  });
  const byCode = new Map(base.map((a) => [a.code, a]));
  return base.map((a) => {
    const gemeente = `GM${a.code.slice(2, 6)}`;
    const wijk = a.level === "buurt" ? `WK${a.code.slice(2, 8)}` : null;
    if (wijk && byCode.get(wijk)?.level !== "wijk")
      fail({
        file: kwb.file,
        column: keys.region!,
        value: a.code,
        message: `belongs to wijk ${wijk}, which is not in the table`,
      });
    if (byCode.get(gemeente)?.level !== "gemeente")
      fail({
        file: kwb.file,
        column: keys.region!,
        value: a.code,
        message: `belongs to gemeente ${gemeente}, which is not in the table`,
      });
    const region = gebieden.regions.get(gemeente);
    if (!region)
      fail({
        file: gebieden.file,
        column: "RegioS",
        value: gemeente,
        message: "this gemeente of the areas table has no COROP/provincie row",
      });
    const centroid = centroids.get(a.code) ?? null;
    return {
      ...a,
      wijk_code: wijk,
      gemeente_code: gemeente,
      gemeente_name: gemeenteName.get(gemeente) ?? gemeente,
      provincie_code: region!.provincie.code,
      provincie_name: region!.provincie.name,
      corop_code: region!.corop.code,
      corop_name: region!.corop.name,
      size_class: sizeClassOf(gemeente, byCode.get(gemeente)!.inhabitants, g4),
      centroid_lon: centroid ? Math.round(centroid[0] * 1e5) / 1e5 : null,
      centroid_lat: centroid ? Math.round(centroid[1] * 1e5) / 1e5 : null,
    };
  });
}
