/**
 * Downloads into a cache that only ever holds validated content: each body is checked (is it what
 * was asked for — JSON, a zip, a CSV — and complete, and does the caller's `validate` accept it)
 * before it goes to a temporary name and is renamed into place with a `.meta.json` (URL, size,
 * sha256, retrieval time) beside it. A cut connection, an HTTP error, a maintenance page or a
 * corrupt file never replaces a good cached copy. `validate` runs on every read — fresh download,
 * cache hit and offline copy alike — so a rebuild from a warm cache takes the same path as the first
 * build. LBM_OFFLINE_DIR replaces the network by a directory of files (see offline.ts).
 */
import {createHash, randomBytes} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readFile, rename, rm, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {checkComplete, checkContent, ContentError, expectedOf, type Expected} from "./content.ts";
import {DownloadError} from "./errors.ts";
import {httpGet, messagesOf, networkFailure, timeoutsFromEnv, type Timeouts} from "./http.ts";
import {manifestEntry, verifyOfflineDir, type Manifest} from "./offline.ts";

export interface FetchContext {
  cacheDir: string;
  offlineDir?: string;
  attempts?: number;
  backoffMs?: number;
  /** Override LBM_CONNECT_TIMEOUT / LBM_IDLE_TIMEOUT (given in seconds there). */
  connectTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** Proxy variables and timeouts are read from here (default process.env). */
  env?: NodeJS.ProcessEnv;
  log?: (text: string) => void;
  /** Called with every file the pipeline used, e.g. to write an offline manifest. */
  onFile?: (file: Fetched) => void;
}

export interface FetchRequest {
  url: string;
  /** Relative path in the cache and in the offline directory, e.g. "84799NED/DataProperties.json". */
  name: string;
  /** What the body must be; by default from the name's extension (.json, .zip, .csv; anything else is not checked). */
  expect?: Expected;
  /** Throws when the bytes are not usable (e.g. a zip without the expected files); runs on every read. */
  validate?: (bytes: Uint8Array) => void;
}

export interface Fetched {
  url: string;
  name: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  retrieved: string;
  offline: boolean;
}

interface Meta {
  url: string;
  size: number;
  sha256: string;
  retrieved: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const megabytes = (n: number) => `${(n / 1e6).toFixed(n < 1e5 ? 3 : 1)} MB`;

class Retryable extends Error {}

async function writeAtomically(path: string, content: string | Uint8Array) {
  const temporary = `${path}.part-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } finally {
    await rm(temporary, {force: true});
  }
}

async function readCached(path: string, url: string): Promise<{bytes: Uint8Array; meta: Meta} | null> {
  if (!existsSync(path) || !existsSync(`${path}.meta.json`)) return null;
  try {
    const meta = JSON.parse(await readFile(`${path}.meta.json`, "utf8")) as Meta;
    const bytes = new Uint8Array(await readFile(path));
    if (meta.url !== url || meta.size !== bytes.length || meta.sha256 !== sha256(bytes)) return null;
    return {bytes, meta};
  } catch {
    return null;
  }
}

function progress(log: (text: string) => void, url: string) {
  let last = 0;
  return (received: number, total: number | null, done = false) => {
    const now = Date.now();
    if (Math.max(received, total ?? 0) < 1e6 || (!done && now - last < 1000)) return;
    last = now;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    const bar = total
      ? `${"#".repeat(Math.round((20 * received) / total)).padEnd(20, ".")} ${mb(received)}/${mb(total)} MB`
      : `${mb(received)} MB`;
    log(`[official] ${done ? "done" : "downloading"} ${url} [${bar}]`);
  };
}

export const timeoutsOf = (ctx: FetchContext): Timeouts => {
  const fromEnv = timeoutsFromEnv(ctx.env ?? process.env);
  return {connectMs: ctx.connectTimeoutMs ?? fromEnv.connectMs, idleMs: ctx.idleTimeoutMs ?? fromEnv.idleMs};
};

/** One attempt: the whole body into memory, its length checked against the header and its content against `expected`. */
async function download(url: string, expected: Expected, ctx: FetchContext): Promise<Uint8Array> {
  const timeouts = timeoutsOf(ctx);
  const env = ctx.env ?? process.env;
  let response: Awaited<ReturnType<typeof httpGet>>;
  try {
    response = await httpGet(url, timeouts, env);
  } catch (error) {
    const failure = networkFailure(error, url, timeouts, env);
    throw failure.retry ? new Retryable(failure.reason) : new Error(failure.reason);
  }
  if (response.status >= 500 || response.status === 429)
    throw new Retryable(`HTTP ${response.status} ${response.statusText}`);
  if (!response.ok) {
    const hint = response.status === 407 ? " (proxy authentication required: put the credentials in HTTPS_PROXY)" : "";
    throw new Error(`HTTP ${response.status} ${response.statusText}${hint}`);
  }
  // fetch decompresses gzip/br bodies, so then content-length counts other bytes than we receive.
  const encoding = response.headers.get("content-encoding");
  const header = encoding && encoding !== "identity" ? null : response.headers.get("content-length");
  const total = header === null ? null : Number(header);
  const report = ctx.log ? progress(ctx.log, url) : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      received += chunk.length;
      report?.(received, total);
    }
  } catch (error) {
    const failure = networkFailure(error, url, timeouts, env);
    const why = /stopped sending/.test(failure.reason) ? failure.reason : messagesOf(error);
    throw new Retryable(`connection broken after ${received} bytes${total === null ? "" : ` of ${total}`} (${why})`);
  }
  if (total !== null && received !== total)
    throw new Retryable(`connection closed after ${received} of ${total} bytes`);
  report?.(received, total, true);
  const bytes = Buffer.concat(chunks);
  checkContent(bytes, expected, response.headers.get("content-type"));
  return bytes;
}

function manualPath(ctx: FetchContext, name: string) {
  return join(ctx.offlineDir ?? "<directory of your choice>", name);
}

/** Throws unless the bytes are usable: the caller's check after the generic one. */
function accept(request: FetchRequest, bytes: Uint8Array, complete: boolean) {
  const expected = request.expect ?? expectedOf(request.name);
  checkContent(bytes, expected);
  if (complete) checkComplete(bytes, expected);
  request.validate?.(bytes);
}

const manifests = new WeakMap<FetchContext, Promise<Manifest | null>>();

async function readOffline(request: FetchRequest, ctx: FetchContext, offlineDir: string): Promise<Fetched> {
  const {url, name} = request;
  if (!manifests.has(ctx)) manifests.set(ctx, verifyOfflineDir(offlineDir));
  const entry = manifestEntry(await manifests.get(ctx)!, offlineDir, name, url);
  const path = join(offlineDir, name);
  if (!existsSync(path)) {
    throw new DownloadError(
      url,
      `offline mode (LBM_OFFLINE_DIR=${offlineDir}) and the file ${path} does not exist` +
        ((await manifests.get(ctx))
          ? ` (it is not in the directory's manifest either: the configuration asks for a file the download did not fetch)`
          : ""),
      path,
      offlineDir,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  try {
    accept(request, bytes, true);
  } catch (error) {
    throw new Error(
      `The offline copy ${path} of ${url} is not usable: ${(error as Error).message}. ` +
        `Download the URL again and save it as ${path}, or run npm run official:download again.`,
    );
  }
  const retrieved = entry?.retrieved ?? new Date().toISOString();
  return {url, name, path, bytes, sha256: sha256(bytes), retrieved, offline: true};
}

async function fetchOnce(request: FetchRequest, ctx: FetchContext): Promise<Fetched> {
  const {url, name} = request;
  if (ctx.offlineDir) return readOffline(request, ctx, ctx.offlineDir);

  const path = join(ctx.cacheDir, name);
  const cached = await readCached(path, url);
  if (cached) {
    try {
      accept(request, cached.bytes, false);
      const {sha256, retrieved} = cached.meta;
      return {url, name, path, bytes: cached.bytes, sha256, retrieved, offline: false};
    } catch (error) {
      // Written before the cache checked content, or by a changed check: fetch it again.
      ctx.log?.(`[official] the cached ${path} is not usable (${(error as Error).message}); downloading it again`);
    }
  }

  const attempts = ctx.attempts ?? 4;
  let reason = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      const wait = (ctx.backoffMs ?? 1000) * 2 ** (attempt - 1);
      ctx.log?.(`[official] ${url}: ${reason}; retrying in ${wait} ms (attempt ${attempt + 1} of ${attempts})`);
      await sleep(wait);
    }
    let bytes: Uint8Array;
    try {
      bytes = await download(url, request.expect ?? expectedOf(name), ctx);
    } catch (error) {
      reason =
        error instanceof ContentError ? `the server answered HTTP 200, but ${error.message}` : (error as Error).message;
      if (error instanceof Retryable) continue;
      throw new DownloadError(url, reason, manualPath(ctx, name));
    }
    try {
      accept(request, bytes, true);
    } catch (error) {
      reason = `the downloaded file is not usable: ${(error as Error).message}`;
      continue;
    }
    const meta: Meta = {url, size: bytes.length, sha256: sha256(bytes), retrieved: new Date().toISOString()};
    await mkdir(dirname(path), {recursive: true});
    await writeAtomically(path, bytes);
    await writeAtomically(`${path}.meta.json`, JSON.stringify(meta, null, 1));
    ctx.log?.(`[official] downloaded ${name} (${megabytes(bytes.length)}) from ${url}`);
    return {url, name, path, bytes, sha256: meta.sha256, retrieved: meta.retrieved, offline: false};
  }
  throw new DownloadError(url, `${reason} (after ${attempts} attempts)`, manualPath(ctx, name));
}

export async function fetchCached(request: FetchRequest, ctx: FetchContext): Promise<Fetched> {
  const fetched = await fetchOnce(request, ctx);
  ctx.onFile?.(fetched);
  return fetched;
}

/** Reads a fetched file's text, without a byte-order mark. */
export const textOf = (fetched: Fetched) => new TextDecoder("utf-8").decode(fetched.bytes).replace(/^\uFEFF/, "");
