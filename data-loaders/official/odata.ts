/**
 * Reading OData entity sets completely: every page of the nextLink chain, each checked as JSON
 * before it is cached, one progress line per data page, and the rows received compared with the
 * count the service gives; a short table is refused and its pages are removed from the cache, so
 * that the next run downloads them again instead of building on them.
 */
import {rm} from "node:fs/promises";
import {fail} from "./errors.ts";
import {fetchCached, textOf, type FetchContext, type Fetched} from "./fetch.ts";

export interface Retrieval {
  url: string;
  retrieved: string;
}

/** A URL with OData query options; values are percent-encoded, the `$` of the names is kept readable. */
export function withQuery(url: string, options: Record<string, string | undefined>): string {
  const query = Object.entries(options)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join("&");
  return query ? `${url}${url.includes("?") ? "&" : "?"}${query}` : url;
}

/** The bulk feed answers Atom XML unless asked for JSON, also on the pages a nextLink points to. */
export function askJson(url: string): string {
  return /[?&](\$|%24)format=/i.test(url) ? url : withQuery(url, {$format: "json"});
}

const looksLikeXml = (text: string) => /^\s*</.test(text);

function parsePage(text: string, url: string): {value: unknown[]; next: string | null} {
  if (looksLikeXml(text))
    throw new Error(
      `${url} answered XML (an Atom feed or an error page) where JSON was asked; the bulk feed needs $format=json`,
    );
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url} is not valid JSON (${(error as Error).message}); the download may be incomplete`);
  }
  if (!body || !Array.isArray(body.value)) throw new Error(`${url}: an OData response needs a \`value\` array`);
  const next = (body["odata.nextLink"] ?? body["@odata.nextLink"] ?? null) as string | null;
  return {value: body.value, next};
}

const formatCount = (n: number) => n.toLocaleString("en-US");

export interface Count {
  total: number;
  url: string;
  fetched: Fetched;
}

export interface ReadOptions {
  /** Ask for JSON on every page (the bulk feed). */
  json?: boolean;
  /** The number of rows the service says the set has: checked, and used for progress lines. */
  count?: Count;
}

export class ODataReader {
  retrievals: Retrieval[] = [];
  constructor(
    private table: string,
    private ctx: FetchContext,
  ) {}

  private async fetch(url: string, name: string, validate: (text: string) => void): Promise<Fetched> {
    const fetched = await fetchCached(
      {url, name: `${this.table}/${name}`, validate: (bytes) => validate(new TextDecoder().decode(bytes))},
      this.ctx,
    );
    this.retrievals.push({url: fetched.url, retrieved: fetched.retrieved});
    return fetched;
  }

  /** The row count of an entity set (`…/$count`), a plain number. */
  async count(url: string, name: string): Promise<Count> {
    const isCount = (text: string) => /^\s*\d+\s*$/.test(text.replace(/^\uFEFF/, ""));
    const fetched = await this.fetch(url, name, (text) => {
      if (!isCount(text)) throw new Error(`${url} should answer a row count, not ${JSON.stringify(text.slice(0, 80))}`);
    });
    return {total: Number(textOf(fetched).trim()), url, fetched};
  }

  /** Follows nextLink to the end; pages are cached as name.json, name-2.json, … */
  async all<T>(url: string, name: string, options: ReadOptions = {}): Promise<T[]> {
    const rows: T[] = [];
    const pages: Fetched[] = [];
    let next: string | null = options.json ? askJson(url) : url;
    let perPage = 0;
    for (let n = 1; next; n++) {
      if (n > 100_000) fail({file: url, message: "more than 100,000 pages: the nextLink chain does not end"});
      const request: string = next;
      const fetched = await this.fetch(request, n === 1 ? `${name}.json` : `${name}-${n}.json`, (text) =>
        parsePage(text, request),
      );
      pages.push(fetched);
      let page: ReturnType<typeof parsePage>;
      try {
        page = parsePage(textOf(fetched), fetched.offline ? `${fetched.path} (offline copy of ${request})` : request);
      } catch (error) {
        return fail({file: url, message: (error as Error).message});
      }
      rows.push(...(page.value as T[]));
      perPage ||= page.value.length;
      if (options.count) {
        const total = Math.max(n, Math.ceil(options.count.total / Math.max(1, perPage)));
        this.ctx.log?.(`[official] ${this.table}: page ${n}/${total}, ${formatCount(rows.length)} rows`);
      }
      // A nextLink may be relative to the page it came from.
      next = page.next === null ? null : new URL(page.next, request).toString();
      if (next && options.json) next = askJson(next);
    }
    const count = options.count;
    if (count && rows.length !== count.total) {
      await this.forget([...pages, count.fetched]);
      fail({
        file: url,
        value: rows.length,
        message:
          `received ${formatCount(rows.length)} rows in ${pages.length} page(s), but the table has ` +
          `${formatCount(count.total)} (${count.url}). The table is incomplete, so the build stops; ` +
          `its pages and count were removed from the cache. Where the standard API (ODataApi, at most 10,000 cells per answer) ` +
          `is used, set the source's "feed" to the bulk feed (ODataFeed) in LBM_SOURCES_CONFIG; otherwise try again later.`,
      });
    }
    return rows;
  }

  /** Removes pages from the download cache (never from an offline directory). */
  private async forget(pages: Fetched[]) {
    for (const page of pages.filter((p) => !p.offline))
      await Promise.all([rm(page.path, {force: true}), rm(`${page.path}.meta.json`, {force: true})]);
  }
}
