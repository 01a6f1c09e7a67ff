/**
 * CBS tables in any of their published forms, all read into the same RawTable: OData v3 from the
 * bulk feed (ODataFeed, asked for JSON; DataProperties for keys and titles, TypedDataSet with the
 * row count from the standard API's `TypedDataSet/$count`), OData v4 (Observations in long format,
 * pivoted by MeasureCodes, counted by `Observations/$count`) and StatLine CSV exports (`;`, decimal
 * comma). Years and regions are asked for with $filter, so a build does not download rows it drops.
 * In offline mode a `<table>.csv` export in LBM_OFFLINE_DIR is used when present.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {delimitedTable} from "./csv.ts";
import {matchesRule, type RawColumn, type RawTable} from "./columns.ts";
import {fail} from "./errors.ts";
import {fetchCached, textOf, type FetchContext} from "./fetch.ts";
import {ODataReader, withQuery, type Retrieval} from "./odata.ts";
import {expandUrl, feedUrl, type CbsSource, type ColumnRule} from "./registry.ts";

export type {Retrieval} from "./odata.ts";

export interface CbsRead {
  table: RawTable;
  retrievals: Retrieval[];
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const anyOf = (terms: string[]) => (terms.length === 1 ? terms[0] : `(${terms.join(" or ")})`);

/** The source's own $filter, its years and its regions, for the server; a column the table lacks is left to the adapter. */
export function serverFilter(source: CbsSource, keyOf: (rule: ColumnRule | undefined) => string | null): string {
  const terms = source.filter ? [`(${source.filter})`] : [];
  const period = keyOf(source.columns.period);
  if (period && source.years?.length)
    terms.push(anyOf(source.years.map((year) => `${period} eq ${quote(`${year}JJ00`)}`)));
  const region = keyOf(source.columns.region);
  if (region && source.regions?.length)
    terms.push(anyOf(source.regions.map((prefix) => `startswith(${region},${quote(prefix)})`)));
  return terms.join(" and ");
}

interface DataProperty {
  ID: number;
  ParentID: number | null;
  Type: string;
  Key: string;
  Title: string;
}
const DIMENSION_TYPES = new Set(["Dimension", "GeoDimension", "TimeDimension", "GeoDetail"]);

interface V3Urls {
  /** Metadata and rows: the bulk feed, or the standard API where the source has no feed. */
  data: string;
  /** The standard API, for `TypedDataSet/$count`. */
  api: string;
  json: boolean;
}

async function readV3(reader: ODataReader, source: CbsSource, urls: V3Urls): Promise<RawTable> {
  const {data, api, json} = urls;
  const properties = await reader.all<DataProperty>(`${data}/DataProperties`, "DataProperties", {json});
  const byId = new Map(properties.map((p) => [p.ID, p]));
  const path = (p: DataProperty): string => {
    const parent = p.ParentID === null || p.ParentID === undefined ? undefined : byId.get(p.ParentID);
    return parent ? `${path(parent)}/${p.Title}` : p.Title;
  };
  const columns: RawColumn[] = properties
    .filter((p) => p.Key && (p.Type === "Topic" || DIMENSION_TYPES.has(p.Type)))
    .map((p) => ({key: p.Key, title: path(p)}));
  const dimensions = properties.filter((p) => DIMENSION_TYPES.has(p.Type)).map((p) => p.Key);
  const file = `${data}/TypedDataSet`;
  if (!columns.length) fail({file: `${data}/DataProperties`, message: "lists no columns"});
  // Ask only for the columns the rules need; a rule that matches nothing is reported later, by the
  // adapter, with the titles found.
  const wanted = columns.filter(
    (c) => dimensions.includes(c.key) || Object.values(source.columns).some((rule) => matchesRule(c, rule)),
  );
  const dimensionKey = (rule: ColumnRule | undefined) =>
    (rule && columns.find((c) => dimensions.includes(c.key) && matchesRule(c, rule))?.key) ?? null;
  const filter = serverFilter(source, dimensionKey);
  const countUrl = withQuery(`${api}/TypedDataSet/$count`, {$filter: filter});
  const count = await reader.count(countUrl, "TypedDataSet.count.txt");
  const query = {
    $select: source.selectAll === true ? undefined : wanted.map((c) => c.key).join(","),
    $filter: filter,
  };
  const rows = await reader.all<Record<string, unknown>>(withQuery(file, query), "TypedDataSet", {json, count});
  const titles: RawTable["titles"] = {};
  for (const dimension of source.dimensionTitles ?? []) {
    if (dimensions.includes(dimension))
      titles[dimension] = await codeList(reader, `${data}/${dimension}`, dimension, "Key", json);
  }
  // All columns, not only the selected ones, so that an unmatched rule can list every title on offer.
  return {file, columns, rows, titles};
}

async function codeList(
  reader: ODataReader,
  url: string,
  name: string,
  keyField: string,
  json: boolean,
): Promise<Map<string, string>> {
  const items = await reader.all<Record<string, unknown>>(url, name, {json});
  return new Map(items.map((item) => [String(item[keyField]).trim(), String(item.Title ?? "")]));
}

interface Observation {
  Measure: string;
  Value: number | null;
  [dimension: string]: unknown;
}
const NOT_DIMENSIONS = new Set(["Id", "Measure", "Value", "ValueAttribute", "StringValue"]);

/** OData v4 dimension identifiers carry no positional suffix, so a rule's key (prefix) names the dimension. */
const v4DimensionKey = (rule: ColumnRule | undefined) => rule?.key ?? rule?.keyPrefix ?? null;

async function readV4(reader: ODataReader, source: CbsSource, base: string): Promise<RawTable> {
  const measures = await reader.all<{Identifier: string; Title: string; MeasureGroupId?: string | null}>(
    `${base}/MeasureCodes`,
    "MeasureCodes",
  );
  const groups = await reader.all<{Id: string; Title: string; ParentId?: string | null}>(
    `${base}/MeasureGroups`,
    "MeasureGroups",
  );
  const groupById = new Map(groups.map((g) => [g.Id, g]));
  const groupPath = (id: string | null | undefined): string => {
    const group = id ? groupById.get(id) : undefined;
    return group ? `${groupPath(group.ParentId)}${group.Title}/` : "";
  };
  const measureColumns = measures.map((m) => ({key: m.Identifier, title: `${groupPath(m.MeasureGroupId)}${m.Title}`}));
  // Ask only for the measures the rules need (as $select does in v3); none matching is left to the adapter.
  const wanted = measureColumns.filter((c) => Object.values(source.columns).some((rule) => matchesRule(c, rule)));
  const filter = [
    serverFilter(source, v4DimensionKey),
    source.selectAll === true || !wanted.length ? "" : anyOf(wanted.map((c) => `Measure eq ${quote(c.key)}`)),
  ]
    .filter(Boolean)
    .join(" and ");
  const file = `${base}/Observations`;
  const countUrl = withQuery(`${file}/$count`, {$filter: filter});
  const count = await reader.count(countUrl, "Observations.count.txt");
  const observations = await reader.all<Observation>(withQuery(file, {$filter: filter}), "Observations", {count});
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
      titles[dimension] = await codeList(reader, `${base}/${dimension}Codes`, `${dimension}Codes`, "Identifier", false);
  }
  const columns = [...dimensions.map((d) => ({key: d, title: d})), ...measureColumns];
  return {file, columns, rows: [...rows.values()], titles};
}

export async function readCbsTable(
  source: CbsSource,
  hosts: Record<string, string>,
  ctx: FetchContext,
): Promise<CbsRead> {
  const base = expandUrl(source.url, hosts).replace(/\/$/, "");
  const csvName = `${source.table}.csv`;
  if (source.format === "statline-csv" || (ctx.offlineDir && existsSync(join(ctx.offlineDir, csvName)))) {
    const fetched = await fetchCached({url: base, name: csvName}, ctx);
    const table = delimitedTable(fetched.offline ? fetched.path : fetched.url, textOf(fetched), ";", true);
    return {table, retrievals: [{url: fetched.url, retrieved: fetched.retrieved}]};
  }
  const reader = new ODataReader(source.table, ctx);
  if (source.format === "cbs-odata4") return {table: await readV4(reader, source, base), retrievals: reader.retrievals};
  const feed = feedUrl(source, hosts)?.replace(/\/$/, "") ?? null;
  const table = await readV3(reader, source, {data: feed ?? base, api: base, json: feed !== null});
  return {table, retrievals: reader.retrievals};
}
