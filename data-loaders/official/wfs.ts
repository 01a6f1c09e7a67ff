/**
 * One boundary layer as a GeoJSON FeatureCollection. A WFS GetFeature URL is paged: the services
 * cap an answer (about 1,000 features on PDOK), so pages are asked with `count` and `startIndex`
 * until `numberMatched` features have arrived, and a layer that comes back short is refused (its
 * pages leave the cache). Any other URL (a GeoJSON file) is read whole.
 */
import {rm} from "node:fs/promises";
import type {FeatureCollection} from "geojson";
import {fail} from "./errors.ts";
import {fetchCached, textOf, type FetchContext, type Fetched} from "./fetch.ts";

export interface LayerRead {
  collection: FeatureCollection & {crs?: {properties?: {name?: string}}};
  /** The layer URL, or the offline copy of its first page. */
  file: string;
  retrieved: string;
}

type WfsPage = FeatureCollection & {numberMatched?: number | string; crs?: {properties?: {name?: string}}};

export const isWfsGetFeature = (url: string) => /[?&]request=GetFeature(&|$)/i.test(url);

/** The layer URL with this page's `count` and `startIndex` (replacing any the URL already had). */
export function pageUrl(url: string, count: number, startIndex: number): string {
  const [path, query = ""] = url.split("?");
  const kept = query.split("&").filter((p) => p && !/^(count|startIndex|maxFeatures)=/i.test(p));
  return `${path}?${[...kept, `count=${count}`, `startIndex=${startIndex}`].join("&")}`;
}

function parseCollection(text: string, url: string): WfsPage {
  if (/^\s*</.test(text))
    throw new Error(`${url} answered XML or HTML where GeoJSON was asked (a WFS needs outputFormat=json)`);
  let collection: WfsPage;
  try {
    collection = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url} is not valid GeoJSON (${(error as Error).message})`);
  }
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features))
    throw new Error(`${url}: expected a GeoJSON FeatureCollection, found type ${JSON.stringify(collection?.type)}`);
  return collection;
}

async function page(url: string, name: string, ctx: FetchContext): Promise<{fetched: Fetched; page: WfsPage}> {
  const fetched = await fetchCached(
    {url, name, validate: (bytes) => void parseCollection(new TextDecoder().decode(bytes), url)},
    ctx,
  );
  try {
    return {fetched, page: parseCollection(textOf(fetched), fetched.offline ? fetched.path : url)};
  } catch (error) {
    return fail({file: fetched.offline ? fetched.path : url, message: (error as Error).message});
  }
}

const latest = (pages: Fetched[]) =>
  pages
    .map((p) => p.retrieved)
    .sort()
    .at(-1)!;
const count = (n: number) => n.toLocaleString("en-US");

export async function readLayer(layer: string, url: string, pageSize: number, ctx: FetchContext): Promise<LayerRead> {
  const name = (n: number) => (n === 1 ? `pdok-${layer}.json` : `pdok-${layer}-${n}.json`);
  if (!isWfsGetFeature(url)) {
    const {fetched, page: collection} = await page(url, name(1), ctx);
    return {collection, file: fetched.offline ? fetched.path : url, retrieved: fetched.retrieved};
  }
  const pages: Fetched[] = [];
  const features: FeatureCollection["features"] = [];
  let first: WfsPage | null = null;
  let matched: number | null = null;
  let previousFirst = "";
  for (let n = 1; ; n++) {
    const {fetched, page: answer} = await page(pageUrl(url, pageSize, features.length), name(n), ctx);
    pages.push(fetched);
    first ??= answer;
    matched = typeof answer.numberMatched === "number" ? answer.numberMatched : null;
    const firstOfPage = JSON.stringify(answer.features[0] ?? null);
    if (n > 1 && answer.features.length && firstOfPage === previousFirst)
      fail({
        file: url,
        message: "the service ignores startIndex (a page repeats the previous one), so it cannot be paged",
      });
    previousFirst = firstOfPage;
    features.push(...answer.features);
    const pagesTotal = matched === null ? "?" : Math.max(n, Math.ceil(matched / Math.max(1, first.features.length)));
    ctx.log?.(`[official] PDOK ${layer}: page ${n}/${pagesTotal}, ${count(features.length)} features`);
    if (!answer.features.length || answer.features.length > pageSize) break;
    if (matched !== null ? features.length >= matched : answer.features.length < first.features.length) break;
  }
  if (matched !== null && features.length !== matched) {
    for (const p of pages.filter((p) => !p.offline))
      await Promise.all([rm(p.path, {force: true}), rm(`${p.path}.meta.json`, {force: true})]);
    fail({
      file: url,
      value: features.length,
      message:
        `received ${count(features.length)} features in ${pages.length} page(s), but the service reports numberMatched ` +
        `${count(matched)}. The layer is incomplete, so the build stops; its pages were removed from the cache. Try again later.`,
    });
  }
  return {
    collection: {...first!, features},
    file: pages[0].offline ? pages[0].path : url,
    retrieved: latest(pages),
  };
}
