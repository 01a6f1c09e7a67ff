/**
 * CBS tables in any of their published forms, all read into the same RawTable: OData v3
 * (DataProperties for keys and titles, TypedDataSet paged through odata.nextLink), OData v4
 * (Observations in long format, pivoted by MeasureCodes) and StatLine CSV exports (`;`, decimal
 * comma). In offline mode a `<table>.csv` export in LBM_OFFLINE_DIR is used when present.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {delimitedTable} from "./csv.ts";
import {type RawColumn, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import {fetchCached, textOf, type FetchContext, type Fetched} from "./fetch.ts";
import {expandUrl, type CbsSource} from "./registry.ts";
import {matchesRule} from "./columns.ts";

export interface Retrieval {
  url: string;
  retrieved: string;
}

export interface CbsRead {
  table: RawTable;
  retrievals: Retrieval[];
}

interface Page<T> {
  value: T[];
  next: string | null;
}

function parseJson(fetched: Fetched): unknown {
  try {
    return JSON.parse(textOf(fetched));
  } catch (error) {
    return fail({
      file: fetched.url,
      message: `is not valid JSON (${(error as Error).message}); the download may be incomplete`,
    });
  }
}

function page<T>(fetched: Fetched): Page<T> {
  const body = parseJson(fetched) as Record<string, unknown>;
  if (!body || !Array.isArray(body.value))
    fail({file: fetched.url, column: "value", message: "an OData response needs a `value` array"});
  const next = (body["odata.nextLink"] ?? body["@odata.nextLink"] ?? null) as string | null;
  return {value: body.value as T[], next};
}

class Reader {
  retrievals: Retrieval[] = [];
  constructor(
    private source: CbsSource,
    private base: string,
    private ctx: FetchContext,
  ) {}

  async get<T>(path: string, name: string): Promise<Page<T>> {
    const fetched = await fetchCached(
      {url: path.startsWith("http") ? path : `${this.base}/${path}`, name: `${this.source.table}/${name}`},
      this.ctx,
    );
    this.retrievals.push({url: fetched.url, retrieved: fetched.retrieved});
    return page<T>(fetched);
  }

  /** Follows nextLink to the end; pages are cached as name.json, name-2.json, … */
  async all<T>(path: string, name: string): Promise<T[]> {
    const rows: T[] = [];
    let next: string | null = path;
    for (let n = 1; next; n++) {
      const result: Page<T> = await this.get<T>(next, n === 1 ? `${name}.json` : `${name}-${n}.json`);
      rows.push(...result.value);
      next = result.next;
      if (n > 10_000)
        fail({file: `${this.base}/${path}`, message: "more than 10,000 pages: the nextLink chain does not end"});
    }
    return rows;
  }

  async codeList(dimension: string, path: string, keyField: string): Promise<Map<string, string>> {
    const items = await this.all<Record<string, unknown>>(path, dimension);
    return new Map(items.map((item) => [String(item[keyField]).trim(), String(item.Title ?? "")]));
  }
}

interface DataProperty {
  ID: number;
  ParentID: number | null;
  Type: string;
  Key: string;
  Title: string;
}
const DIMENSION_TYPES = new Set(["Dimension", "GeoDimension", "TimeDimension", "GeoDetail"]);

async function readV3(reader: Reader, source: CbsSource, base: string): Promise<RawTable> {
  const properties = await reader.all<DataProperty>("DataProperties", "DataProperties");
  const byId = new Map(properties.map((p) => [p.ID, p]));
  const path = (p: DataProperty): string => {
    const parent = p.ParentID === null || p.ParentID === undefined ? undefined : byId.get(p.ParentID);
    return parent ? `${path(parent)}/${p.Title}` : p.Title;
  };
  const columns: RawColumn[] = properties
    .filter((p) => p.Key && (p.Type === "Topic" || DIMENSION_TYPES.has(p.Type)))
    .map((p) => ({key: p.Key, title: path(p)}));
  const dimensions = properties.filter((p) => DIMENSION_TYPES.has(p.Type)).map((p) => p.Key);
  const file = `${base}/TypedDataSet`;
  if (!columns.length) fail({file: `${base}/DataProperties`, message: "lists no columns"});
  // Ask only for the columns the rules need (the standard API caps a response at 10,000 cells);
  // a rule that matches nothing is reported later, by the adapter, with the titles found.
  const wanted = columns.filter(
    (c) => dimensions.includes(c.key) || Object.values(source.columns).some((rule) => matchesRule(c, rule)),
  );
  const selectAll = source.selectAll === true;
  const query = [
    selectAll ? "" : `$select=${wanted.map((c) => c.key).join(",")}`,
    source.filter ? `$filter=${encodeURIComponent(source.filter)}` : "",
  ]
    .filter(Boolean)
    .join("&");
  const rows = await reader.all<Record<string, unknown>>(`TypedDataSet${query ? `?${query}` : ""}`, "TypedDataSet");
  const titles: RawTable["titles"] = {};
  for (const dimension of source.dimensionTitles ?? []) {
    if (dimensions.includes(dimension)) titles[dimension] = await reader.codeList(dimension, dimension, "Key");
  }
  // All columns, not only the selected ones, so that an unmatched rule can list every title on offer.
  return {file, columns, rows, titles};
}

interface Observation {
  Measure: string;
  Value: number | null;
  [dimension: string]: unknown;
}
const NOT_DIMENSIONS = new Set(["Id", "Measure", "Value", "ValueAttribute", "StringValue"]);

async function readV4(reader: Reader, source: CbsSource, base: string): Promise<RawTable> {
  const measures = await reader.all<{Identifier: string; Title: string; MeasureGroupId?: string | null}>(
    "MeasureCodes",
    "MeasureCodes",
  );
  const groups = await reader.all<{Id: string; Title: string; ParentId?: string | null}>(
    "MeasureGroups",
    "MeasureGroups",
  );
  const groupById = new Map(groups.map((g) => [g.Id, g]));
  const groupPath = (id: string | null | undefined): string => {
    const group = id ? groupById.get(id) : undefined;
    return group ? `${groupPath(group.ParentId)}${group.Title}/` : "";
  };
  const query = source.filter ? `?$filter=${encodeURIComponent(source.filter)}` : "";
  const observations = await reader.all<Observation>(`Observations${query}`, "Observations");
  const file = `${base}/Observations`;
  if (!observations.length) fail({file, message: "the table has no observations"});
  const dimensions = Object.keys(observations[0]).filter((k) => !NOT_DIMENSIONS.has(k));
  const rows = new Map<string, Record<string, unknown>>();
  for (const o of observations) {
    const id = dimensions.map((d) => o[d]).join("\u0000");
    let row = rows.get(id);
    if (!row) rows.set(id, (row = Object.fromEntries(dimensions.map((d) => [d, o[d]]))));
    row[o.Measure] = o.Value ?? null;
  }
  const titles: RawTable["titles"] = {};
  for (const dimension of source.dimensionTitles ?? []) {
    if (dimensions.includes(dimension))
      titles[dimension] = await reader.codeList(dimension, `${dimension}Codes`, "Identifier");
  }
  const columns = [
    ...dimensions.map((d) => ({key: d, title: d})),
    ...measures.map((m) => ({key: m.Identifier, title: `${groupPath(m.MeasureGroupId)}${m.Title}`})),
  ];
  return {file, columns, rows: [...rows.values()], titles};
}

export async function readCbsTable(
  source: CbsSource,
  hosts: Record<string, string>,
  ctx: FetchContext,
): Promise<CbsRead> {
  const base = expandUrl(source.url, hosts).replace(/\/$/, "");
  const reader = new Reader(source, base, ctx);
  const csvName = `${source.table}.csv`;
  if (source.format === "statline-csv" || (ctx.offlineDir && existsSync(join(ctx.offlineDir, csvName)))) {
    const fetched = await fetchCached({url: base, name: csvName}, ctx);
    const table = delimitedTable(fetched.offline ? fetched.path : fetched.url, textOf(fetched), ";", true);
    return {table, retrievals: [{url: fetched.url, retrieved: fetched.retrieved}]};
  }
  const table =
    source.format === "cbs-odata4" ? await readV4(reader, source, base) : await readV3(reader, source, base);
  return {table, retrievals: reader.retrievals};
}
